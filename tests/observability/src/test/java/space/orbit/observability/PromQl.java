package space.orbit.observability;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A small PromQL tokenizer: the series selectors of an expression (metric name and label
 * matchers) and the labels it groups or matches on ({@code by}, {@code without},
 * {@code on}, {@code ignoring}, {@code group_left}, {@code group_right}). Enough for the
 * checks of this module, not a parser: it does not build the expression tree. Grafana's
 * variables are replaced first ({@code $__rate_interval} by a duration, {@code $service}
 * by {@code .*}).
 */
final class PromQl {

	private static final Set<String> GROUPING = Set.of("by", "without", "on", "ignoring", "group_left", "group_right");

	private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "offset", "bool", "atan2", "inf", "nan",
			"sum", "min", "max", "avg", "group", "stddev", "stdvar", "count", "count_values", "bottomk", "topk",
			"quantile", "limitk", "limit_ratio");

	private PromQl() {
	}

	/** A label matcher: {@code name op "value"}, op one of =, !=, =~, !~. */
	record LabelMatcher(String name, String op, String value) {

		/** Whether a series' labels satisfy this matcher (the label must be present). */
		boolean matches(Map<String, String> labels) {
			String actual = labels.get(this.name);
			if (actual == null) {
				return false;
			}
			return switch (this.op) {
				case "=" -> actual.equals(this.value);
				case "!=" -> !actual.equals(this.value);
				case "=~" -> Pattern.matches(this.value, actual);
				case "!~" -> !Pattern.matches(this.value, actual);
				default -> throw new IllegalStateException(this.op);
			};
		}

		@Override
		public String toString() {
			return this.name + this.op + "\"" + this.value + "\"";
		}

	}

	/** A series selector: a metric name with its matchers. */
	record Selector(String metric, List<LabelMatcher> matchers) {

		@Override
		public String toString() {
			return this.metric + this.matchers;
		}

	}

	/** What an expression reads. */
	record Parsed(List<Selector> selectors, Set<String> groupingLabels) {
	}

	static Parsed parse(String expression) {
		String text = expression.replaceAll("\\$__(rate_interval|interval|range)\\b", "5m")
			.replaceAll("\\$\\{\\w+(:\\w+)?}|\\$\\w+", ".*");
		List<Selector> selectors = new ArrayList<>();
		Set<String> grouping = new LinkedHashSet<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '"' || c == '\'' || c == '`') {
				i = skipString(text, i);
			}
			else if (c == '#') {
				i = skipTo(text, i, '\n');
			}
			else if (c == '[') {
				i = skipTo(text, i, ']') + 1;
			}
			else if (Character.isDigit(c)
					|| (c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
				while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.')) {
					i++;
				}
			}
			else if (Character.isLetter(c) || c == '_' || c == ':') {
				int start = i;
				while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
						|| text.charAt(i) == ':')) {
					i++;
				}
				String word = text.substring(start, i);
				int next = skipSpaces(text, i);
				char following = (next < text.length()) ? text.charAt(next) : 0;
				if (GROUPING.contains(word.toLowerCase())) {
					if (following == '(') {
						int close = skipTo(text, next, ')');
						for (String label : text.substring(next + 1, close).split(",")) {
							if (!label.isBlank()) {
								grouping.add(label.trim());
							}
						}
						i = close + 1;
					}
				}
				else if (following == '(' || KEYWORDS.contains(word.toLowerCase())) {
					// a function or an aggregation, or an operator word
				}
				else if (following == '{') {
					int close = skipMatchers(text, next);
					selectors.add(new Selector(word, matchers(text.substring(next + 1, close))));
					i = close + 1;
				}
				else {
					selectors.add(new Selector(word, List.of()));
				}
			}
			else if (c == '{') {
				throw new IllegalArgumentException("a selector without a metric name in: " + expression);
			}
			else {
				i++;
			}
		}
		return new Parsed(selectors, grouping);
	}

	private static final Pattern MATCHER = Pattern
		.compile("\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*(=~|!~|!=|=)\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*");

	private static List<LabelMatcher> matchers(String inside) {
		List<LabelMatcher> matchers = new ArrayList<>();
		var matcher = MATCHER.matcher(inside);
		int at = 0;
		while (at < inside.length() && matcher.find(at) && matcher.start() == at) {
			matchers.add(new LabelMatcher(matcher.group(1), matcher.group(2), unescape(matcher.group(3))));
			at = matcher.end();
			if (at < inside.length() && inside.charAt(at) == ',') {
				at++;
			}
		}
		if (!inside.substring(at).isBlank()) {
			throw new IllegalArgumentException("cannot read the label matchers {" + inside + "}");
		}
		return matchers;
	}

	private static String unescape(String value) {
		return value.replace("\\\\", "\\").replace("\\\"", "\"");
	}

	private static int skipString(String text, int at) {
		char quote = text.charAt(at);
		int i = at + 1;
		while (i < text.length() && text.charAt(i) != quote) {
			i += (text.charAt(i) == '\\' && quote != '`') ? 2 : 1;
		}
		return i + 1;
	}

	private static int skipMatchers(String text, int open) {
		int i = open + 1;
		while (i < text.length() && text.charAt(i) != '}') {
			i = (text.charAt(i) == '"') ? skipString(text, i) : i + 1;
		}
		return i;
	}

	private static int skipTo(String text, int at, char end) {
		int i = text.indexOf(end, at);
		return (i < 0) ? text.length() : i;
	}

	private static int skipSpaces(String text, int at) {
		int i = at;
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return i;
	}

}

package space.orbit.analyzer.alerts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import space.orbit.analyzer.AnalyzerProperties;
import space.orbit.analyzer.alerts.AlertCommand.Verb;
import space.orbit.kit.security.Actor;
import space.orbit.kit.web.InvalidRequestException;
import space.orbit.kit.web.ProblemError;

/**
 * Checks the body of an operator action and turns it into an {@link AlertCommand}: a
 * request with anything wrong is refused whole (422 {@code invalid-request}, every error
 * by JSON Pointer) before any alert is touched.
 */
@Component
class AlertRequests {

	/** A tag: lower-case letters, digits and {@code . _ : -}, 1 to 32 characters. */
	static final String TAG = "^[a-z0-9][a-z0-9._:-]{0,31}$";

	static final int MAX_COMMENT = 1_000;

	static final int MAX_TAGS = 10;

	static final int MAX_IDS = 100;

	static final String ME = "me";

	private static final Pattern TAG_PATTERN = Pattern.compile(TAG);

	private final Duration maxShelve;

	AlertRequests(AnalyzerProperties properties) {
		this.maxShelve = properties.alerts().maxShelve();
	}

	/** acknowledge, shelve, unshelve, clear, unassign or comment. */
	AlertCommand of(Verb verb, AlertActionRequest request) {
		return check(new BulkActionRequest(null, verb.path(), request.by(), request.comment(), request.duration(), null,
				null, null), verb, new ArrayList<>());
	}

	AlertCommand assign(AssignRequest request) {
		return check(new BulkActionRequest(null, Verb.ASSIGN.path(), request.by(), request.comment(), null,
				request.assignee(), null, null), Verb.ASSIGN, new ArrayList<>());
	}

	AlertCommand tag(TagRequest request) {
		return check(new BulkActionRequest(null, Verb.TAG.path(), request.by(), request.comment(), null, null,
				request.add(), request.remove()), Verb.TAG, new ArrayList<>());
	}

	/** The bulk body: its ids (checked here) and its command. */
	AlertCommand bulk(BulkActionRequest request) {
		List<ProblemError> errors = new ArrayList<>();
		List<Long> ids = request.ids();
		if (ids == null || ids.isEmpty() || ids.size() > MAX_IDS) {
			errors.add(ProblemError.at("/ids", "must list 1 to " + MAX_IDS + " alert ids"));
		}
		else if (ids.contains(null) || new HashSet<>(ids).size() != ids.size()) {
			errors.add(ProblemError.at("/ids", "must name each alert once"));
		}
		Verb verb = Verb.of(request.action()).orElse(null);
		if (verb == null) {
			errors.add(ProblemError.at("/action",
					"must be one of acknowledge, shelve, unshelve, clear, assign, unassign, tag, comment"));
			throw invalid(errors);
		}
		return check(request, verb, errors);
	}

	private AlertCommand check(BulkActionRequest request, Verb verb, List<ProblemError> errors) {
		String actor = Actor.current(request.by());
		String comment = (request.comment() != null && !request.comment().isBlank()) ? request.comment().strip() : null;
		if (request.comment() != null && request.comment().length() > MAX_COMMENT) {
			errors.add(ProblemError.at("/comment", "must be at most " + MAX_COMMENT + " characters"));
		}
		if (verb == Verb.COMMENT && comment == null) {
			errors.add(ProblemError.at("/comment", "is required: a comment is all this action records"));
		}
		checkDuration(request.duration(), verb, errors);
		String assignee = assignee(request.assignee(), verb, actor, errors);
		Set<String> add = tags("/add", request.add(), verb, errors);
		Set<String> remove = tags("/remove", request.remove(), verb, errors);
		if (verb == Verb.TAG && (request.add() == null || request.add().isEmpty())
				&& (request.remove() == null || request.remove().isEmpty())) {
			errors.add(ProblemError.at("/add", "name at least one tag to add or to remove"));
		}
		add.stream()
			.filter(remove::contains)
			.findFirst()
			.ifPresent((tag) -> errors.add(ProblemError.at("/remove", "'" + tag + "' is both added and removed")));
		if (!errors.isEmpty()) {
			throw invalid(errors);
		}
		return new AlertCommand(verb, actor, comment, request.duration(), assignee, add, remove);
	}

	private void checkDuration(Duration duration, Verb verb, List<ProblemError> errors) {
		if (verb == Verb.SHELVE && (duration == null || duration.isNegative() || duration.isZero()
				|| duration.compareTo(this.maxShelve) > 0)) {
			errors.add(ProblemError.at("/duration",
					"must be a positive ISO-8601 duration (PT30M) of at most " + this.maxShelve));
		}
		if (verb != Verb.SHELVE && duration != null) {
			errors.add(ProblemError.at("/duration", "applies to shelve only"));
		}
	}

	private static String assignee(String assignee, Verb verb, String actor, List<ProblemError> errors) {
		if (verb != Verb.ASSIGN) {
			if (assignee != null) {
				errors.add(ProblemError.at("/assignee", "applies to assign only"));
			}
			return null;
		}
		String name = (assignee != null) ? assignee.strip() : "";
		if (ME.equals(name)) {
			if (Actor.UNAUTHENTICATED.equals(actor)) {
				errors.add(ProblemError.at("/assignee", "'me' needs a caller with a name: a token, or 'by'"));
			}
			return actor;
		}
		if (name.isEmpty() || name.length() > 100 || name.chars().anyMatch(Character::isISOControl)) {
			errors.add(ProblemError.at("/assignee", "must name a person (1 to 100 printable characters) or be 'me'"));
		}
		return name;
	}

	private static Set<String> tags(String pointer, List<String> tags, Verb verb, List<ProblemError> errors) {
		if (tags == null) {
			return Set.of();
		}
		if (verb != Verb.TAG) {
			errors.add(ProblemError.at(pointer, "applies to tag only"));
			return Set.of();
		}
		if (tags.size() > MAX_TAGS) {
			errors.add(ProblemError.at(pointer, "at most " + MAX_TAGS + " tags a request"));
		}
		for (int i = 0; i < tags.size(); i++) {
			String tag = tags.get(i);
			if (tag == null || !TAG_PATTERN.matcher(tag).matches()) {
				errors.add(ProblemError.at(pointer + "/" + i,
						"a tag is 1 to 32 lower-case letters, digits and . _ : - (starting with a letter or digit)"));
			}
		}
		// Without the nulls refused above: a null in a Set.of() lookup would throw.
		return tags.stream().filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static InvalidRequestException invalid(List<ProblemError> errors) {
		ProblemError first = errors.get(0);
		return new InvalidRequestException("The request body is invalid at '" + first.pointer() + "': " + first.detail()
				+ ((errors.size() > 1) ? " (and more: see 'errors')." : "."), errors);
	}

}

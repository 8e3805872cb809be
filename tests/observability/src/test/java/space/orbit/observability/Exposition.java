package space.orbit.observability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The samples of a Prometheus text (or OpenMetrics) exposition: each line's series name,
 * labels and, when present, its exemplar's labels.
 */
record Exposition(List<Sample> samples) {

	/** One exposed sample. */
	record Sample(String name, Map<String, String> labels, Map<String, String> exemplar) {
	}

	static Exposition parse(String text) {
		List<Sample> samples = new ArrayList<>();
		for (String line : text.split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			int brace = line.indexOf('{');
			int space = line.indexOf(' ');
			if (brace < 0 || (space >= 0 && space < brace)) {
				samples.add(new Sample(line.substring(0, space), Map.of(), Map.of()));
				continue;
			}
			Map<String, String> labels = new LinkedHashMap<>();
			int end = labels(line, brace, labels);
			Map<String, String> exemplar = new LinkedHashMap<>();
			int hash = line.indexOf(" # {", end);
			if (hash >= 0) {
				labels(line, hash + 3, exemplar);
			}
			samples.add(new Sample(line.substring(0, brace), labels, exemplar));
		}
		return new Exposition(samples);
	}

	/**
	 * Reads {@code {a="b",...}} from {@code open}; returns the index of its closing
	 * brace.
	 */
	private static int labels(String line, int open, Map<String, String> into) {
		int i = open + 1;
		while (i < line.length() && line.charAt(i) != '}') {
			int equals = line.indexOf('=', i);
			String name = line.substring(i, equals).trim();
			StringBuilder value = new StringBuilder();
			int j = equals + 2;
			while (line.charAt(j) != '"') {
				if (line.charAt(j) == '\\') {
					j++;
					value.append((line.charAt(j) == 'n') ? '\n' : line.charAt(j));
				}
				else {
					value.append(line.charAt(j));
				}
				j++;
			}
			into.put(name, value.toString());
			i = j + 1;
			if (i < line.length() && line.charAt(i) == ',') {
				i++;
			}
		}
		return i;
	}

	List<Sample> named(String name) {
		return this.samples.stream().filter((s) -> s.name().equals(name)).toList();
	}

}

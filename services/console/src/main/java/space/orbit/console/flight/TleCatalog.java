package space.orbit.console.flight;

import java.util.ArrayList;
import java.util.List;

/**
 * Objects pasted as three-line element sets (a name line, then lines 1 and 2, as
 * CelesTrak publishes them), checked as the worker's TLE parser would: each line's
 * number, its 69 characters and its checksum.
 */
final class TleCatalog {

	private TleCatalog() {
	}

	/**
	 * The objects, or the first thing wrong with the text.
	 *
	 * @param entries the objects, in the order given
	 * @param error what is wrong (naming the line), or null
	 */
	record Parsed(List<ConjunctionScreeningRequest.CatalogEntry> entries, String error) {
	}

	static Parsed parse(String text) {
		List<ConjunctionScreeningRequest.CatalogEntry> entries = new ArrayList<>();
		List<String> lines = List.of(((text != null) ? text : "").split("\\R"));
		List<Integer> numbers = new ArrayList<>();
		List<String> kept = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (!lines.get(i).isBlank()) {
				kept.add(lines.get(i).stripTrailing());
				numbers.add(i + 1);
			}
		}
		for (int i = 0; i < kept.size(); i += 3) {
			String name = kept.get(i).strip();
			if (name.startsWith("1 ") && name.length() == 69) {
				return error(numbers.get(i), "a name line must come before line 1.");
			}
			if (name.length() > WorkerLimits.MAX_ID) {
				return error(numbers.get(i), "a name of at most " + WorkerLimits.MAX_ID + " characters.");
			}
			if (i + 2 >= kept.size()) {
				return error(numbers.get(i), "'" + name + "' needs a line 1 and a line 2 after its name.");
			}
			for (int k = 1; k <= 2; k++) {
				String problem = lineProblem(kept.get(i + k), k);
				if (problem != null) {
					return error(numbers.get(i + k), problem);
				}
			}
			entries.add(new ConjunctionScreeningRequest.CatalogEntry(name,
					new ConjunctionScreeningRequest.Tle(kept.get(i + 1), kept.get(i + 2))));
		}
		return new Parsed(entries, null);
	}

	/** What is wrong with a TLE line, or null. */
	static String lineProblem(String line, int number) {
		if (!line.startsWith(number + " ") || line.length() != 69) {
			return "line " + number + " of a TLE starts with '" + number + " ' and has 69 characters (this one has "
					+ line.length() + ").";
		}
		char last = line.charAt(68);
		if (!Character.isDigit(last) || checksum(line) != last - '0') {
			return "line " + number + " fails its checksum (expected " + checksum(line) + " at the end).";
		}
		return null;
	}

	/**
	 * The TLE checksum: the digits of the first 68 characters summed, a minus sign as 1,
	 * modulo 10.
	 */
	static int checksum(String line) {
		int sum = 0;
		for (int i = 0; i < 68; i++) {
			char c = line.charAt(i);
			if (Character.isDigit(c)) {
				sum += c - '0';
			}
			else if (c == '-') {
				sum++;
			}
		}
		return sum % 10;
	}

	private static Parsed error(int line, String message) {
		return new Parsed(List.of(), "Line " + line + ": " + message);
	}

}

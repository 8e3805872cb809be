package space.orbit.registry;

/**
 * A NORAD two-line element set: two 69-character lines starting with {@code "1 "} and
 * {@code "2 "}, each ending with its modulo-10 checksum.
 *
 * @param line1 the first line
 * @param line2 the second line
 */
public record Tle(String line1, String line2) {

	/** The catalogue number of a line (columns 3 to 7), trimmed. */
	static String catalogNumber(String line) {
		return line.substring(2, 7).trim();
	}

	/**
	 * The modulo-10 checksum of a line's first 68 characters: the sum of its digits, each
	 * minus sign counting 1.
	 */
	static int checksum(String line) {
		int sum = 0;
		for (int i = 0; i < 68; i++) {
			char c = line.charAt(i);
			if (c >= '0' && c <= '9') {
				sum += c - '0';
			}
			else if (c == '-') {
				sum += 1;
			}
		}
		return sum % 10;
	}

}

package space.orbit.telemetry;

/**
 * The shapes of spacecraft ids and parameter names (ASCII, checked without regular
 * expressions); the mission database (libs/registry-model) applies the same rules.
 */
public final class Names {

	private Names() {
	}

	/** A spacecraft id: a letter or digit, then letters, digits, {@code _ - . :}. */
	public static boolean isSpacecraftId(String id) {
		if (id.isEmpty() || !isLetterOrDigit(id.charAt(0))) {
			return false;
		}
		for (int i = 1; i < id.length(); i++) {
			char c = id.charAt(i);
			if (!isLetterOrDigit(c) && c != '_' && c != '-' && c != '.' && c != ':') {
				return false;
			}
		}
		return true;
	}

	/**
	 * A parameter name: dot-separated segments of letters, digits and {@code _}, not
	 * starting with a digit.
	 */
	public static boolean isParameterName(String name) {
		if (name.isEmpty() || Character.isDigit(name.charAt(0)) || name.charAt(0) == '.') {
			return false;
		}
		char previous = '.';
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c == '.') {
				if (previous == '.') {
					return false;
				}
			}
			else if (!isLetterOrDigit(c) && c != '_') {
				return false;
			}
			previous = c;
		}
		return previous != '.';
	}

	private static boolean isLetterOrDigit(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	}

}

package space.orbit.registry;

import java.util.regex.Pattern;

/**
 * The shapes of ids and names. Spacecraft ids and parameter names follow the telemetry
 * model's rules (its {@code Names}, package-private there, so repeated here and checked
 * against the telemetry model's reader in this library's tests): a registry entry can
 * describe every name a frame can carry.
 */
final class Names {

	/** Mission ids. */
	static final Pattern MISSION_ID = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,63}");

	/**
	 * The longest spacecraft id or parameter name (the telemetry model's
	 * {@code FrameLimits.DEFAULT.maxNameLength}).
	 */
	static final int MAX_NAME_LENGTH = 128;

	private Names() {
	}

	/** A spacecraft id: a letter or digit, then letters, digits, {@code _ - . :}. */
	static boolean isSpacecraftId(String id) {
		if (id.isEmpty() || id.length() > MAX_NAME_LENGTH || !isLetterOrDigit(id.charAt(0))) {
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
	static boolean isParameterName(String name) {
		if (name.isEmpty() || name.length() > MAX_NAME_LENGTH || Character.isDigit(name.charAt(0))
				|| name.charAt(0) == '.') {
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

package space.orbit.telemetry;

/** Small text helpers: what can be stored, messages and JSON pointers. */
public final class Texts {

	private static final int SHOWN = 64;

	private Texts() {
	}

	/** At most 64 characters of user input, for an error message. */
	static String abbreviate(String text) {
		return (text.length() <= SHOWN) ? text : text.substring(0, SHOWN) + "…";
	}

	/**
	 * Whether every store Orbit writes to keeps this text as it is: no NUL character
	 * (PostgreSQL's text refuses it) and no unpaired surrogate (it has no UTF-8 form).
	 */
	public static boolean storable(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\u0000') {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
					continue;
				}
				return false;
			}
			if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

	/** Escapes a name as one RFC 6901 reference token. */
	static String pointerToken(String name) {
		return abbreviate(name).replace("~", "~0").replace("/", "~1");
	}

}

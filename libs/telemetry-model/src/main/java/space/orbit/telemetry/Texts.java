package space.orbit.telemetry;

/** Small text helpers for messages and JSON pointers. */
final class Texts {

	private static final int SHOWN = 64;

	private Texts() {
	}

	/** At most 64 characters of user input, for an error message. */
	static String abbreviate(String text) {
		return (text.length() <= SHOWN) ? text : text.substring(0, SHOWN) + "…";
	}

	/** Escapes a name as one RFC 6901 reference token. */
	static String pointerToken(String name) {
		return abbreviate(name).replace("~", "~0").replace("/", "~1");
	}

}

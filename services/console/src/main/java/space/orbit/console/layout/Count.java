package space.orbit.console.layout;

/** A count and its noun as operators read it: "1 alert", "0 alerts", "2 alerts". */
public final class Count {

	private Count() {
	}

	/**
	 * The count with the noun, plural unless the count is one.
	 * @param noun the singular, made plural with an 's'
	 */
	public static String of(long count, String noun) {
		return count + " " + noun + ((count == 1) ? "" : "s");
	}

}

package space.orbit.analyzer;

/** How bad an alert is, in increasing order. */
public enum Severity {

	/** Out of the nominal envelope: look soon. */
	WARNING,
	/** The spacecraft is at risk: act now. */
	CRITICAL;

	/** The more severe of the two (either may be null). */
	public static Severity max(Severity a, Severity b) {
		if (a == null) {
			return b;
		}
		return (b == null || a.compareTo(b) >= 0) ? a : b;
	}

}

package space.orbit.analyzer.detection;

import space.orbit.analyzer.Severity;

/**
 * What a detector concluded from one sample: a violation (with its severity and the band
 * it left), nominal (an active condition clears), or hold (inside the hysteresis band:
 * nothing changes).
 *
 * @param kind the conclusion
 * @param severity the violation's severity
 * @param threshold the limit or rate crossed
 * @param low the low end of the expected band
 * @param high the high end of the expected band
 * @param message a sentence for operators
 */
record Verdict(Kind kind, Severity severity, Double threshold, Double low, Double high, String message) {

	static final Verdict NOMINAL = new Verdict(Kind.NOMINAL, null, null, null, null, null);

	static final Verdict HOLD = new Verdict(Kind.HOLD, null, null, null, null, null);

	static Verdict violation(Severity severity, Double threshold, Double low, Double high, String message) {
		return new Verdict(Kind.VIOLATION, severity, threshold, low, high, message);
	}

	boolean violated() {
		return this.kind == Kind.VIOLATION;
	}

	/** The kinds of conclusion. */
	enum Kind {

		VIOLATION, NOMINAL, HOLD

	}

}

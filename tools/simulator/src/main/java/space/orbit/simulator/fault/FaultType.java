package space.orbit.simulator.fault;

import java.time.Duration;

/**
 * The mission faults the simulator can inject, each with the parameter it takes and the
 * alert it must cause.
 */
public enum FaultType {

	/** The parameter repeats the value it had when the fault began. */
	STUCK("stuck", Target.NUMERIC, Detector.STUCK, Severity.WARNING),
	/**
	 * The parameter drifts (over half the duration, or 2 min) to between warning and
	 * critical.
	 */
	DRIFT("drift", Target.LIMITED, Detector.LIMIT, Severity.WARNING),
	/** One sample beyond the critical limit. */
	SPIKE("spike", Target.LIMITED, Detector.LIMIT, Severity.CRITICAL),
	/** The parameter is missing from every frame. */
	DROPOUT("dropout", Target.ANY, Detector.STALENESS, Severity.WARNING),
	/** The spacecraft sends no frames at all. */
	SILENT("silent", Target.NONE, Detector.STALENESS, Severity.CRITICAL),
	/** Noise ten times the sensor's (at least 1 % of its nominal span). */
	NOISE("noise", Target.ANALOG, Detector.STATISTICAL, Severity.WARNING),
	/**
	 * The battery voltage trends down through the warning limit to below the critical
	 * one.
	 */
	UNDERVOLTAGE("undervoltage", Target.BATTERY, Detector.LIMIT, Severity.CRITICAL),
	/** A reaction wheel spins up past its critical speed (RW1 unless named). */
	OVERSPEED("overspeed", Target.WHEEL, Detector.LIMIT, Severity.CRITICAL),
	/** The on-board clock jumps back 60 s: timestamps go backwards. */
	CLOCK("clock", Target.NONE, Detector.SEQUENCE, null),
	/** Every frame is sent twice (10 s unless a duration is given). */
	DUPLICATE("duplicate", Target.NONE, Detector.SEQUENCE, null);

	/** How far a clock fault sets timestamps back. */
	public static final Duration CLOCK_JUMP = Duration.ofSeconds(60);

	/**
	 * How long a drift, undervoltage or overspeed takes to reach its target with no
	 * duration.
	 */
	public static final Duration DEFAULT_RAMP = Duration.ofMinutes(2);

	private final String tag;

	private final Target target;

	private final Detector detector;

	private final Severity severity;

	FaultType(String tag, Target target, Detector detector, Severity severity) {
		this.tag = tag;
		this.target = target;
		this.detector = detector;
		this.severity = severity;
	}

	/** The name used in fault specs: {@code stuck}, {@code silent}... */
	public String tag() {
		return this.tag;
	}

	public Target target() {
		return this.target;
	}

	public Detector detector() {
		return this.detector;
	}

	/** WARNING or CRITICAL; null for faults that are counted, not alerted. */
	public Severity severity() {
		return this.severity;
	}

	/** {@code alert}, or what the analyzer must count. */
	public String outcome() {
		return switch (this) {
			case CLOCK -> "counted: out_of_order";
			case DUPLICATE -> "counted: duplicate";
			default -> ExpectedAlert.ALERT;
		};
	}

	/** The duration when the spec gives none: null means to the end of the run. */
	public Duration defaultDuration() {
		return (this == DUPLICATE) ? Duration.ofSeconds(10) : null;
	}

	/** The type named {@code tag} (case-insensitive), or null. */
	public static FaultType of(String tag) {
		for (FaultType type : values()) {
			if (type.tag.equalsIgnoreCase(tag)) {
				return type;
			}
		}
		return null;
	}

	/** What a fault type takes as its parameter. */
	public enum Target {

		/** No parameter: the whole spacecraft. */
		NONE,
		/** Any parameter. */
		ANY,
		/** A number or counter. */
		NUMERIC,
		/** An analog number. */
		ANALOG,
		/** An analog number with warning and critical limits. */
		LIMITED,
		/** EPS.BATTERY.VOLTAGE, the default. */
		BATTERY,
		/** AOCS.RW1.SPEED (the default) to AOCS.RW4.SPEED. */
		WHEEL

	}

}

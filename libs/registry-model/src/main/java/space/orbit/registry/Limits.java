package space.orbit.registry;

/**
 * A parameter's default limits in engineering units; each bound is optional. Where
 * present they are ordered
 * {@code criticalLow <= warningLow <= warningHigh <= criticalHigh}.
 *
 * @param warningLow below this, a warning
 * @param warningHigh above this, a warning
 * @param criticalLow below this, critical
 * @param criticalHigh above this, critical
 * @param hysteresis how far back inside the limit it crossed a value must be before an
 * alert drops (critical to warning) or clears, in engineering units; zero or positive,
 * null for none (an alert clears as soon as the value is back inside)
 */
public record Limits(Double warningLow, Double warningHigh, Double criticalLow, Double criticalHigh,
		Double hysteresis) {

	/** Limits without hysteresis. */
	public Limits(Double warningLow, Double warningHigh, Double criticalLow, Double criticalHigh) {
		this(warningLow, warningHigh, criticalLow, criticalHigh, null);
	}

	/** Whether no bound is set (a hysteresis alone checks nothing). */
	public boolean noBound() {
		return this.warningLow == null && this.warningHigh == null && this.criticalLow == null
				&& this.criticalHigh == null;
	}

}

package space.orbit.simulator.model;

/**
 * One telemetry parameter: its unit, nominal range, the limits an analyzer should use,
 * and the noise the simulator adds. Limits and ranges are null where they do not apply
 * (strings, booleans, counters, positions).
 *
 * @param name dotted name, such as {@code EPS.BATTERY.VOLTAGE}
 * @param unit unit of the value ({@code -} for none)
 * @param kind what the value is
 * @param nominalMin lowest value in nominal operations
 * @param nominalMax highest value in nominal operations
 * @param warningLow below this: a WARNING alert
 * @param warningHigh above this: a WARNING alert
 * @param criticalLow below this: a CRITICAL alert
 * @param criticalHigh above this: a CRITICAL alert
 * @param noise standard deviation of the Gaussian sensor noise, in the unit
 * @param decimals digits after the decimal point sent (the sensor's resolution)
 * @param description what it measures and how the simulator models it
 */
public record ParameterSpec(String name, String unit, Kind kind, Double nominalMin, Double nominalMax,
		Double warningLow, Double warningHigh, Double criticalLow, Double criticalHigh, double noise, int decimals,
		String description) {

	/** What a value is: a JSON number (double or integer counter), boolean or string. */
	public enum Kind {

		/** An analog measurement, sent as a double. */
		NUMBER,
		/** A monotonic counter, sent as an integer. */
		COUNTER,
		/** An on/off state. */
		BOOLEAN,
		/** A mode or status word. */
		STRING

	}

	public boolean numeric() {
		return this.kind == Kind.NUMBER || this.kind == Kind.COUNTER;
	}

	public boolean hasHighLimits() {
		return this.warningHigh != null && this.criticalHigh != null;
	}

	public boolean hasLowLimits() {
		return this.warningLow != null && this.criticalLow != null;
	}

	public boolean hasLimits() {
		return hasHighLimits() || hasLowLimits();
	}

	/** A value rounded to this parameter's resolution. */
	public double quantize(double value) {
		double scale = Math.pow(10, this.decimals);
		return Math.round(value * scale) / scale;
	}

	/**
	 * A value past the critical limit (high side when there is one): what a spike sends.
	 */
	public double beyondCritical() {
		if (hasHighLimits()) {
			return this.criticalHigh + (this.criticalHigh - this.warningHigh);
		}
		if (hasLowLimits()) {
			return this.criticalLow - (this.warningLow - this.criticalLow);
		}
		throw new IllegalStateException(this.name + " has no limits");
	}

	/** Half-way between the warning and critical limits: where a drift settles. */
	public double betweenWarningAndCritical() {
		if (hasHighLimits()) {
			return (this.warningHigh + this.criticalHigh) / 2;
		}
		if (hasLowLimits()) {
			return (this.warningLow + this.criticalLow) / 2;
		}
		throw new IllegalStateException(this.name + " has no limits");
	}

}

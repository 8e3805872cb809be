package space.orbit.simulator.fault;

import java.time.Duration;
import java.time.Instant;

/**
 * One scheduled fault: {@code TYPE:SPACECRAFT[:PARAMETER]@+OFFSET[/DURATION]}, the offset
 * counted from the simulation start.
 *
 * @param type what goes wrong
 * @param spacecraftId which spacecraft, ORB-n
 * @param parameter which parameter; null for whole-spacecraft faults
 * @param offset when it starts, after the simulation start
 * @param duration how long it lasts; null: to the end of the run (a spike is one sample)
 */
public record FaultSpec(FaultType type, String spacecraftId, String parameter, Duration offset, Duration duration) {

	/**
	 * True when the fault is on at {@code seconds} after the start (a spike: from then
	 * on).
	 */
	public boolean activeAt(double seconds) {
		double from = this.offset.toNanos() / 1e9;
		return seconds >= from && (this.duration == null || seconds < from + this.duration.toNanos() / 1e9);
	}

	/** Seconds after the start when it begins. */
	public double startSeconds() {
		return this.offset.toNanos() / 1e9;
	}

	/**
	 * How long a ramping fault takes to reach its target: half its duration, else 2 min.
	 */
	public Duration ramp() {
		return (this.duration != null) ? this.duration.dividedBy(2) : FaultType.DEFAULT_RAMP;
	}

	/**
	 * What the analyzer must do about this fault in a run that started at {@code start}.
	 */
	public ExpectedAlert expectedAlert(Instant start) {
		Instant from = start.plus(this.offset);
		Instant until = (this.type == FaultType.SPIKE) ? from
				: (this.duration != null) ? from.plus(this.duration) : null;
		return new ExpectedAlert(this.type.detector().tag(), this.type.severity(), this.spacecraftId, this.parameter,
				this.type.outcome(), from, until, toString());
	}

	/** The canonical spec, which the parser reads back. */
	@Override
	public String toString() {
		return this.type.tag() + ":" + this.spacecraftId + ((this.parameter != null) ? ":" + this.parameter : "") + "@+"
				+ Durations.format(this.offset)
				+ ((this.duration != null) ? "/" + Durations.format(this.duration) : "");
	}

}

package space.orbit.simulator.fault;

import java.time.Instant;

/**
 * What a scheduled fault must make the analyzer do: raise an alert of this detector and
 * severity for this spacecraft (and parameter), or, for sequence faults, count the frames
 * ({@code counted: out_of_order}, {@code counted: duplicate}) without alerting.
 *
 * @param detector the detector's name: limit, rate_of_change, stuck, staleness,
 * statistical or sequence
 * @param severity WARNING or CRITICAL; null when the outcome is a count
 * @param spacecraftId the spacecraft
 * @param parameter the parameter; null for a whole-spacecraft fault
 * @param outcome {@code alert}, or {@code counted: out_of_order} /
 * {@code counted: duplicate}
 * @param from simulated instant the fault starts
 * @param until simulated instant it ends; null when it lasts to the end of the run
 * @param fault the fault spec, in its canonical form
 */
public record ExpectedAlert(String detector, Severity severity, String spacecraftId, String parameter, String outcome,
		Instant from, Instant until, String fault) {

	public static final String ALERT = "alert";

	public boolean alerts() {
		return ALERT.equals(this.outcome);
	}

}

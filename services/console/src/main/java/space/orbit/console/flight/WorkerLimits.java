package space.orbit.console.flight;

import java.time.Duration;

/**
 * What the worker refuses, checked here first so a wrong form sends nothing. Each value
 * is the worker's default: its {@code WorkerProperties.Limits}
 * ({@code orbit.worker.limits.*}) and the bean-validation bounds of its
 * {@code JobRequest} records. A worker configured with other limits still answers its own
 * 422, shown at the field.
 */
final class WorkerLimits {

	/** {@code orbit.worker.limits.max-horizon}: the longest span of any job. */
	static final Duration MAX_SPAN = Duration.ofDays(7);

	/** {@code orbit.worker.limits.max-track-points}: points in one ground track. */
	static final long MAX_TRACK_POINTS = 50_000;

	/**
	 * {@code JobRequest.GroundTrack.stepSeconds}:
	 * {@code @DecimalMin("1") @DecimalMax("3600")}.
	 */
	static final double MIN_STEP_SECONDS = 1;

	static final double MAX_STEP_SECONDS = 3600;

	/**
	 * {@code orbit.worker.limits.max-catalog}: objects in one conjunction screening (and
	 * at least 2).
	 */
	static final int MAX_CATALOG = 5000;

	/**
	 * {@code JobRequest.ConjunctionScreening.thresholdKm}: more than 0,
	 * {@code @DecimalMax("1000")}.
	 */
	static final double MAX_THRESHOLD_KM = 1000;

	/** {@code JobRequest.SpectralAnalysis.peaks}: {@code @Min(1) @Max(50)}. */
	static final int MAX_PEAKS = 50;

	/** {@code @Size(max = 64)} on spacecraft and object ids. */
	static final int MAX_ID = 64;

	/** {@code JobRequest.SpectralAnalysis.parameter}: {@code @Size(max = 256)}. */
	static final int MAX_PARAMETER = 256;

	private WorkerLimits() {
	}

}

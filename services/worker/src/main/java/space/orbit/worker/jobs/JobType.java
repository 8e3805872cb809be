package space.orbit.worker.jobs;

/** What a job computes. */
public enum JobType {

	PASS_PREDICTION, GROUND_TRACK, CONJUNCTION_SCREENING, SPECTRAL_ANALYSIS

}

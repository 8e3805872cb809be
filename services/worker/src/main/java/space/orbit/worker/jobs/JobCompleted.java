package space.orbit.worker.jobs;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * The event on {@code orbit.compute.v1} when a job ends (SUCCEEDED or FAILED), keyed by
 * the job id.
 *
 * @param jobId the job
 * @param type what it computed
 * @param state SUCCEEDED or FAILED
 * @param attempts deliveries it took
 * @param createdAt when it was submitted
 * @param finishedAt when it ended
 * @param error why it failed
 * @param result its result, when it succeeded
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record JobCompleted(UUID jobId, JobType type, JobState state, int attempts, Instant createdAt, Instant finishedAt,
		String error, @JsonRawValue String result) {

	static final String SUCCEEDED_TYPE = "space.orbit.compute.job.succeeded.v1";

	static final String FAILED_TYPE = "space.orbit.compute.job.failed.v1";

	String eventType() {
		return (this.state == JobState.SUCCEEDED) ? SUCCEEDED_TYPE : FAILED_TYPE;
	}

}

package space.orbit.worker.jobs;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * A job as the API shows it.
 *
 * @param id its id
 * @param type what it computes
 * @param state QUEUED, RUNNING, SUCCEEDED, FAILED or CANCELLED
 * @param priority 0-9
 * @param progress 0 to 1
 * @param attempts deliveries to a worker so far
 * @param error why it failed
 * @param createdAt when it was submitted
 * @param startedAt when a worker first took it
 * @param finishedAt when it ended
 * @param parameters its parameters, spacecraft TLEs resolved
 * @param result its result, once SUCCEEDED
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record JobView(UUID id, JobType type, JobState state, int priority, double progress, int attempts, String error,
		Instant createdAt, Instant startedAt, Instant finishedAt, @JsonRawValue String parameters,
		@JsonRawValue String result) {

	static JobView of(JobRecord job, String result) {
		return new JobView(job.id(), job.type(), job.state(), job.priority(), job.progress(), job.attempts(),
				job.error(), job.createdAt(), job.startedAt(), job.finishedAt(), job.parameters(), result);
	}

}

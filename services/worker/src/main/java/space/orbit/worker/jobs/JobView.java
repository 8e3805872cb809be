package space.orbit.worker.jobs;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;

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
 * @param submittedBy who submitted it
 * @param cancelledBy who cancelled it, once CANCELLED by a user
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "JobView", description = "A job: what it computes, how far it got, and its result once SUCCEEDED",
		requiredProperties = { "id", "type", "state", "priority", "progress", "attempts", "createdAt" })
record JobView(@Schema(description = "The job's id") UUID id, @Schema(description = "What it computes") JobType type,
		@Schema(description = "Where it is; SUCCEEDED, FAILED and CANCELLED are final") JobState state,
		@Schema(description = "0 (lowest) to 9", minimum = "0", maximum = "9") int priority,
		@Schema(description = "0 to 1", minimum = "0", maximum = "1") double progress,
		@Schema(description = "Deliveries to a worker so far") int attempts,
		@Schema(description = "Why it failed") String error,
		@Schema(description = "When it was submitted") Instant createdAt,
		@Schema(description = "When a worker first took it") Instant startedAt,
		@Schema(description = "When it ended") Instant finishedAt,
		@Schema(types = "object", description = "Its parameters as submitted (a JobRequest), spacecraft TLEs resolved",
				additionalProperties = Schema.AdditionalPropertiesValue.TRUE) @JsonRawValue String parameters,
		@Schema(types = "object",
				description = "Its result, once SUCCEEDED: passes, points, conjunctions or peaks, " + "by type",
				additionalProperties = Schema.AdditionalPropertiesValue.TRUE) @JsonRawValue String result,
		@Schema(description = "Who submitted it: the subject of the submitting request's token",
				example = "ada@orbit.space") String submittedBy,
		@Schema(description = "Who cancelled it, once cancelled: the subject of the cancelling request's token",
				example = "ada@orbit.space") String cancelledBy) {

	static JobView of(JobRecord job, String result) {
		return new JobView(job.id(), job.type(), job.state(), job.priority(), job.progress(), job.attempts(),
				job.error(), job.createdAt(), job.startedAt(), job.finishedAt(), job.parameters(), result,
				job.submittedBy(), job.cancelledBy());
	}

}

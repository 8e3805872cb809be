package space.orbit.worker.jobs;

import java.time.Instant;
import java.util.UUID;

/**
 * A job as stored.
 *
 * @param id its id
 * @param type what it computes
 * @param state where it is
 * @param priority 0-9
 * @param parameters its resolved parameters (JSON)
 * @param progress 0 to 1 while running
 * @param attempts deliveries to a worker so far
 * @param error why it failed, or null
 * @param createdAt when it was submitted
 * @param startedAt when a worker first took it, or null
 * @param finishedAt when it ended, or null
 * @param submittedBy who submitted it (the token's subject), or null for a job from
 * before it was recorded
 * @param cancelledBy who cancelled it, or null
 */
record JobRecord(UUID id, JobType type, JobState state, int priority, String parameters, double progress, int attempts,
		String error, Instant createdAt, Instant startedAt, Instant finishedAt, String submittedBy,
		String cancelledBy) {
}

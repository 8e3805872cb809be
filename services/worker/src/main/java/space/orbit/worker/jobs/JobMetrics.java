package space.orbit.worker.jobs;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * The worker's domain metrics: {@code orbit_jobs_completed_total{type,outcome}},
 * {@code orbit_job_duration_seconds{type,outcome}} (histogram),
 * {@code orbit_jobs_retried_total{type}},
 * {@code orbit_messages_dead_lettered_total{reason}} and
 * {@code orbit_events_published_total}. Refused requests are the kit's
 * {@code orbit_requests_rejected_total{type,reason}}.
 */
@Component
class JobMetrics {

	private final MeterRegistry registry;

	JobMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void completed(JobType type, String outcome, Duration duration) {
		this.registry.counter("orbit.jobs.completed", "type", type.name(), "outcome", outcome).increment();
		Timer.builder("orbit.job.duration")
			.description("Time a worker spent on one attempt of a job, by how it ended")
			.tag("type", type.name())
			.tag("outcome", outcome)
			.publishPercentileHistogram()
			.maximumExpectedValue(Duration.ofMinutes(30))
			.register(this.registry)
			.record(duration);
	}

	void retried(JobType type) {
		this.registry.counter("orbit.jobs.retried", "type", type.name()).increment();
	}

	void published(String topic) {
		this.registry.counter("orbit.events.published", "topic", topic).increment();
	}

	void deadLettered(String reason) {
		this.registry.counter("orbit.messages.dead_lettered", "reason", reason).increment();
	}

}

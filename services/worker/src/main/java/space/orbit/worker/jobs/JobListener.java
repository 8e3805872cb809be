package space.orbit.worker.jobs;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import com.rabbitmq.client.Channel;
import org.orekit.errors.OrekitException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;
import space.orbit.worker.WorkerProperties;
import space.orbit.worker.compute.InvalidInputException;
import space.orbit.worker.compute.JobStoppedException;

/**
 * Consumes {@code compute.jobs}, one job at a time per consumer, with manual acks: the
 * message is acked only once the job has ended in PostgreSQL, so a worker that dies
 * mid-job leaves it to RabbitMQ to redeliver. Each delivery counts as an attempt; a job
 * that fails transiently is put back after a back-off (on the retry queue, so the
 * consumer is free meanwhile), and one that has used up its attempts (or a message that
 * is no job) is dead-lettered.
 */
@Component
class JobListener {

	private static final Logger log = LoggerFactory.getLogger(JobListener.class);

	private final JobStore store;

	private final JobRunner runner;

	private final ResultPublisher publisher;

	private final JobMetrics metrics;

	private final JsonMapper json;

	private final JobQueue queue;

	private final WorkerProperties properties;

	private final String worker = ManagementFactory.getRuntimeMXBean().getName();

	JobListener(JobStore store, JobRunner runner, ResultPublisher publisher, JobMetrics metrics, JsonMapper json,
			JobQueue queue, WorkerProperties properties) {
		this.store = store;
		this.runner = runner;
		this.publisher = publisher;
		this.metrics = metrics;
		this.json = json;
		this.queue = queue;
		this.properties = properties;
	}

	@RabbitListener(id = "jobs", queues = "#{@jobRoutes.queue()}")
	void onJob(Message message, Channel channel) throws IOException, InterruptedException {
		long tag = message.getMessageProperties().getDeliveryTag();
		try {
			handle(message, channel, tag);
		}
		catch (RuntimeException ex) {
			// PostgreSQL unreachable: hold the job a while, then let RabbitMQ redeliver
			// it.
			log.warn("Cannot handle a job message now ({}); it goes back to the queue", ex.toString());
			Thread.sleep(this.properties.retryBackoff().toMillis());
			channel.basicNack(tag, false, true);
		}
	}

	private void handle(Message message, Channel channel, long tag) throws IOException, InterruptedException {
		UUID id = jobId(message);
		Optional<JobRecord> job = (id != null) ? this.store.find(id) : Optional.empty();
		if (job.isEmpty()) {
			deadLetter(channel, tag, (id == null) ? "malformed" : "unknown_job", "no job " + id);
			return;
		}
		if (job.get().state().terminal()) {
			this.publisher.recover(id);
			channel.basicAck(tag, false);
			return;
		}
		OptionalInt attempt = this.store.claim(id, this.worker,
				Boolean.TRUE.equals(message.getMessageProperties().getRedelivered()));
		if (attempt.isEmpty()) {
			channel.basicAck(tag, false);
			return;
		}
		run(job.get(), attempt.getAsInt(), message, channel, tag);
	}

	private void run(JobRecord job, int attempt, Message message, Channel channel, long tag)
			throws IOException, InterruptedException {
		if (attempt > this.properties.maxAttempts()) {
			end(job, "dead_lettered", 0, this.store.fail(job.id(), "Gave up after " + (attempt - 1)
					+ " attempts: the job's worker failed or died each time (last: " + job.error() + ")."));
			deadLetter(channel, tag, "attempts", "job " + job.id() + " used up its attempts");
			return;
		}
		log.info("Running job {} ({}), attempt {}", job.id(), job.type(), attempt);
		long started = System.nanoTime();
		try {
			JobRequest request = this.json.readValue(job.parameters(), JobRequest.class);
			String result = this.runner.run(job.id(), request);
			boolean ended = this.store.succeed(job.id(), result);
			end(job, ended ? "succeeded" : "cancelled", started, ended);
		}
		catch (JobStoppedException ex) {
			end(job, "cancelled", started, false);
		}
		catch (JobTimedOutException ex) {
			end(job, "timed_out", started, this.store.fail(job.id(), ex.getMessage()));
		}
		catch (InvalidInputException | OrekitException | IllegalArgumentException ex) {
			end(job, "failed", started, this.store.fail(job.id(), ex.getMessage()));
		}
		catch (RuntimeException ex) {
			retryLater(job, attempt, ex, message, channel, tag);
			return;
		}
		channel.basicAck(tag, false);
	}

	private void end(JobRecord job, String outcome, long started, boolean publish) {
		Duration duration = Duration.ofNanos((started > 0) ? System.nanoTime() - started : 0);
		this.metrics.completed(job.type(), outcome, duration);
		log.info("Job {} ({}) ended: {} after {} ms", job.id(), job.type(), outcome, duration.toMillis());
		if (publish) {
			this.publisher.publish(job.id());
		}
	}

	/**
	 * A transient failure: mark it queued again and put its message on the retry queue,
	 * which hands it back after the back-off. The consumer goes on with other jobs
	 * meanwhile.
	 */
	private void retryLater(JobRecord job, int attempt, RuntimeException ex, Message message, Channel channel, long tag)
			throws IOException {
		Duration backoff = this.properties.retryBackoff().multipliedBy(1L << Math.min(attempt - 1, 5));
		log.warn("Job {} ({}) failed transiently on attempt {}: {}; retrying in {} ms", job.id(), job.type(), attempt,
				ex.toString(), backoff.toMillis());
		this.metrics.retried(job.type());
		// If PostgreSQL is down this throws, the delivery goes back unacked and comes
		// again as a redelivery, which may take the job still marked RUNNING.
		this.store.requeue(job.id(), ex.getMessage());
		this.queue.retryLater(message, backoff);
		channel.basicAck(tag, false);
	}

	private void deadLetter(Channel channel, long tag, String reason, String what) throws IOException {
		log.warn("Dead-lettering a job message ({}): {}", reason, what);
		this.metrics.deadLettered(reason);
		channel.basicReject(tag, false);
	}

	private UUID jobId(Message message) {
		try {
			String body = new String(message.getBody(), StandardCharsets.UTF_8);
			return UUID.fromString(this.json.readTree(body).path("jobId").asString());
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}

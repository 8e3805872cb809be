package space.orbit.worker.jobs;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.amqp.rabbit.listener.RabbitListenerEndpointRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import space.orbit.test.TestKafka;
import space.orbit.test.TestNames;
import space.orbit.test.TestRabbit;
import space.orbit.worker.JobRoutes;
import space.orbit.worker.WorkerTestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A worker of its own (one consumer, a 2 s time limit, queue names of its own): waiting
 * jobs are taken by priority, and a job that runs past the time limit fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JobSchedulingIT {

	static final String PREFIX = TestNames.unique("worker-sched-") + ".";

	static final JobRoutes OWN_ROUTES = JobRoutes.DEFAULT.prefixed(PREFIX);

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try (var channel = WorkerTestInfrastructure.rabbit.connection().createChannel()) {
				channel.queueDelete(OWN_ROUTES.queue());
				channel.queueDelete(OWN_ROUTES.deadLetterQueue());
				channel.queueDelete(OWN_ROUTES.retryQueue());
				channel.exchangeDelete(OWN_ROUTES.exchange());
				channel.exchangeDelete(OWN_ROUTES.deadLetterExchange());
			}
			catch (Exception ex) {
				// the broker connection may already be closed
			}
		}));
	}

	/**
	 * The shared schema, broker and topic, but a queue of its own: not an override of
	 * {@link WorkerTestInfrastructure}'s properties, whose order against this class's
	 * would be unspecified.
	 */
	@DynamicPropertySource
	static void ownWorker(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", WorkerTestInfrastructure.postgres::url);
		registry.add("orbit.worker.schema", WorkerTestInfrastructure.postgres::schema);
		registry.add("spring.rabbitmq.addresses", () -> TestRabbit.URL);
		registry.add("spring.kafka.bootstrap-servers", TestKafka::bootstrapServers);
		registry.add("orbit.worker.compute-topic", () -> WorkerTestInfrastructure.topic);
		registry.add("orbit.worker.registry-url", WorkerTestInfrastructure.processor::url);
		registry.add("orbit.worker.samples-url", WorkerTestInfrastructure.processor::url);
		registry.add("logging.structured.format.console", () -> "");
		registry.add("orbit.worker.routes-prefix", () -> PREFIX);
		registry.add("orbit.worker.consumers", () -> "1");
		registry.add("orbit.worker.time-limit", () -> "2s");
		registry.add("orbit.worker.retry-backoff", () -> "3s");
		registry.add("orbit.worker.max-attempts", () -> "2");
		WorkerTestInfrastructure.security(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	RabbitListenerEndpointRegistry listeners;

	@Test
	void takesWaitingJobsByPriority() {
		Api api = new Api("http://127.0.0.1:" + this.port);
		this.listeners.getListenerContainer("jobs").stop();
		String low = api.submit(track(0));
		String middle = api.submit(track(4));
		String high = api.submit(track(9));

		this.listeners.getListenerContainer("jobs").start();

		List<Instant> started = List.of(high, middle, low)
			.stream()
			.map((id) -> Instant.parse(api.awaitState(id, "SUCCEEDED", JobsApiIT.TIMEOUT).path("startedAt").asString()))
			.toList();
		assertThat(started).isSorted();
	}

	@Test
	void failsAJobThatRunsPastTheTimeLimit() {
		Api api = new Api("http://127.0.0.1:" + this.port);

		String id = api.submit(JobCrashIT.screening(2000, 96));

		JsonNode job = api.awaitState(id, "FAILED", JobsApiIT.TIMEOUT);
		assertThat(job.path("error").asString()).contains("time limit of PT2S");
		assertThat(Duration.between(Instant.parse(job.path("startedAt").asString()),
				Instant.parse(job.path("finishedAt").asString())))
			.isLessThan(Duration.ofSeconds(10));
		assertThat(api.get("/metrics").body().lines()).anyMatch(
				(line) -> line.startsWith("orbit_jobs_completed_total") && line.contains("outcome=\"timed_out\""));
	}

	@Test
	void runsOtherJobsWhileAFailedOneWaitsOutItsBackOff() {
		Api api = new Api("http://127.0.0.1:" + this.port);
		WorkerTestInfrastructure.processor.failSamples("FLAKY.PARAMETER");
		// A message without expiry at the head of the retry queue: RabbitMQ expires
		// a message only at the head, so the flaky job's back-off lasts until the
		// test takes this plug out, however long the track takes on a busy machine.
		String plug = "plug " + PREFIX;
		try (var channel = WorkerTestInfrastructure.rabbit.connection().createChannel()) {
			channel.basicPublish("", OWN_ROUTES.retryQueue(), null, plug.getBytes(StandardCharsets.UTF_8));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		String flaky = api.submit("""
				{"type":"SPECTRAL_ANALYSIS","spacecraftId":"ORB-2","parameter":"FLAKY.PARAMETER",
				 "from":"2026-11-21T00:00:00Z","to":"2026-11-22T00:00:00Z"}
				""");
		await().atMost(JobsApiIT.TIMEOUT)
			.until(() -> api.job(flaky).path("attempts").asInt() == 1
					&& api.job(flaky).path("state").asString().equals("QUEUED"));
		assertThat(WorkerTestInfrastructure.rabbit.messageCount(OWN_ROUTES.retryQueue())).as("plug and flaky job")
			.isEqualTo(2);

		// One consumer, the flaky job in its back-off: the track runs meanwhile.
		String other = api.submit(track(0));

		api.awaitState(other, "SUCCEEDED", JobsApiIT.TIMEOUT);
		assertThat(api.job(flaky).path("attempts").asInt()).isEqualTo(1);
		assertThat(new String(WorkerTestInfrastructure.rabbit.get(OWN_ROUTES.retryQueue()).getBody(),
				StandardCharsets.UTF_8))
			.isEqualTo(plug);
		JsonNode failed = api.awaitState(flaky, "FAILED", JobsApiIT.TIMEOUT);
		assertThat(failed.path("attempts").asInt()).isEqualTo(3);
		assertThat(Duration.between(Instant.parse(failed.path("createdAt").asString()),
				Instant.parse(failed.path("finishedAt").asString())))
			.as("back-offs of at least 3 s and 6 s between the three deliveries")
			.isGreaterThanOrEqualTo(Duration.ofSeconds(9));
	}

	static String track(int priority) {
		return """
				{"type":"GROUND_TRACK","priority":%d,"tle":{"line1":"%s","line2":"%s"},"start":"2026-11-21T00:00:00Z",
				 "end":"2026-11-21T02:00:00Z"}
				""".formatted(priority, JobsApiIT.ORB_2_LINE_1, JobsApiIT.ORB_2_LINE_2);
	}

}

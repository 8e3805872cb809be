package space.orbit.worker.jobs;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import space.orbit.test.ApiDocument;
import space.orbit.test.TestKafka;
import space.orbit.worker.ProcessorStandIn;
import space.orbit.worker.WorkerTestInfrastructure;
import space.orbit.worker.orbits.CatalogObject;
import space.orbit.worker.orbits.Catalogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * The worker on real brokers: every job type from POST to SUCCEEDED, its result in
 * PostgreSQL and on Kafka, TLEs from the mission database, cancellation, retries of
 * transient failures, dead-lettering, and bad requests as problem details.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JobsApiIT extends WorkerTestInfrastructure {

	static final String ORB_2_LINE_1 = "1 99002U 26042B   26325.00000000  .00000000  00000-0  40000-4 0  9990";

	static final String ORB_2_LINE_2 = "2 99002  97.4500 213.9427 0011000  90.0000  72.0000 15.15322385    11";

	static final String START = "2026-11-21T00:00:00Z";

	static final Duration TIMEOUT = Duration.ofSeconds(60);

	@LocalServerPort
	int port;

	@Autowired
	JobRetention retention;

	@Autowired
	MeterRegistry registry;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api("http://127.0.0.1:" + this.port);
		processor.spacecraft("ORB-2", 99002, ORB_2_LINE_1, ORB_2_LINE_2);
	}

	@Test
	void predictsPassesOfASpacecraftFromTheMissionDatabase() {
		String id = this.api.submit("""
				{"type":"PASS_PREDICTION","priority":7,"spacecraftId":"ORB-2","start":"%s","end":"2026-11-22T00:00:00Z",
				 "stations":[{"name":"KIRUNA","latitude":67.86,"longitude":20.96,"altitude":390,"minElevation":5}]}
				""".formatted(START));

		JsonNode job = this.api.awaitState(id, "SUCCEEDED", TIMEOUT);

		assertThat(job.path("parameters").path("tle").path("line1").asString()).isEqualTo(ORB_2_LINE_1);
		assertThat(job.path("result").path("noradId").asInt()).isEqualTo(99002);
		JsonNode passes = job.path("result").path("passes");
		assertThat(passes.size()).isGreaterThanOrEqualTo(5);
		assertThat(passes.get(0).path("maxElevation").asDouble()).isBetween(5.0, 90.0);
		assertThat(job.path("progress").asDouble()).isEqualTo(1.0);
		assertThat(job.path("priority").asInt()).isEqualTo(7);
		assertThat(job.path("submittedBy").asString()).isEqualTo(Api.OPERATOR);
		assertThat(job.has("cancelledBy")).isFalse();
		ConsumerRecord<String, byte[]> event = event(id);
		assertThat(TestKafka.header(event, "ce_type")).isEqualTo("space.orbit.compute.job.succeeded.v1");
		assertThat(TestKafka.header(event, "ce_id")).isEqualTo(id);
		JsonNode body = Api.JSON.readTree(event.value());
		assertThat(body.path("state").asString()).isEqualTo("SUCCEEDED");
		assertThat(body.path("result").path("passes").size()).isEqualTo(passes.size());
		assertThat(postgres.queryForLong("SELECT count(*) FROM job_result WHERE job_id = '" + id + "'")).isEqualTo(1);
		assertThat(metrics()).anyMatch((line) -> line.startsWith("orbit_jobs_completed_total")
				&& line.contains("outcome=\"succeeded\"") && line.contains("type=\"PASS_PREDICTION\""));
		assertThat(metrics()).anyMatch((line) -> line.startsWith("orbit_job_duration_seconds_bucket")
				&& line.contains("type=\"PASS_PREDICTION\""));
	}

	/**
	 * An ended job older than orbit.worker.retention.keep is deleted with its result (the
	 * API answers 404), a newer one is kept, and so is an old one whose result is still
	 * to be published.
	 */
	@Test
	void endedJobsAreDeletedAfterTheRetention() throws Exception {
		String track = """
				{"type":"GROUND_TRACK","tle":{"line1":"%s","line2":"%s"},"start":"%s","end":"2026-11-21T00:10:00Z",
				 "stepSeconds":60}
				""".formatted(ORB_2_LINE_1, ORB_2_LINE_2, START);
		String old = this.api.submit(track);
		String recent = this.api.submit(track);
		String unpublished = this.api.submit(track);
		for (String id : List.of(old, recent, unpublished)) {
			this.api.awaitState(id, "SUCCEEDED", TIMEOUT);
		}
		// Their results published (the outbox emptied), as a job's result is soon after
		// it
		// ends.
		await().atMost(TIMEOUT).until(() -> outboxRows(old, recent, unpublished) == 0);
		try (Connection connection = postgres.connect(); Statement statement = connection.createStatement()) {
			statement.executeUpdate("UPDATE job SET finished_at = now() - interval '8 days' WHERE id IN ('" + old
					+ "', '" + unpublished + "')");
			statement.executeUpdate("INSERT INTO job_outbox (job_id, created_at) VALUES ('" + unpublished
					+ "', now()) ON CONFLICT DO NOTHING");
		}
		double before = this.registry.counter("orbit.worker.jobs.expired").count();

		this.retention.sweep();

		assertThat(this.api.get("/api/v1/jobs/" + old).statusCode()).as("a job ended 8 days ago").isEqualTo(404);
		assertThat(this.api.job(recent).path("state").asString()).as("a job ended now").isEqualTo("SUCCEEDED");
		assertThat(this.api.job(unpublished).path("state").asString()).as("an old job whose result is unpublished")
			.isEqualTo("SUCCEEDED");
		try (Connection connection = postgres.connect();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT count(*) FROM job_result WHERE job_id = '" + old + "'")) {
			rs.next();
			assertThat(rs.getLong(1)).as("the deleted job's result").isZero();
		}
		assertThat(this.registry.counter("orbit.worker.jobs.expired").count() - before).isGreaterThanOrEqualTo(1);
		try (Connection connection = postgres.connect(); Statement statement = connection.createStatement()) {
			statement.executeUpdate("DELETE FROM job_outbox WHERE job_id = '" + unpublished + "'");
		}
	}

	private static long outboxRows(String... ids) throws Exception {
		try (Connection connection = postgres.connect();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(
						"SELECT count(*) FROM job_outbox WHERE job_id::text IN ('" + String.join("', '", ids) + "')")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	@Test
	void tracesTheGroundOfAnInlineTle() {
		String id = this.api.submit("""
				{"type":"GROUND_TRACK","tle":{"line1":"%s","line2":"%s"},"start":"%s","end":"2026-11-21T01:30:00Z",
				 "stepSeconds":60}
				""".formatted(ORB_2_LINE_1, ORB_2_LINE_2, START));

		JsonNode points = this.api.awaitState(id, "SUCCEEDED", TIMEOUT).path("result").path("points");

		assertThat(points.size()).isEqualTo(91);
		assertThat(points.get(0).path("time").asString()).isEqualTo(START);
		for (JsonNode point : points) {
			assertThat(point.path("latitude").asDouble()).isBetween(-82.6, 82.6);
			assertThat(point.path("altitude").asDouble()).isBetween(500.0, 600.0);
		}
	}

	@Test
	void screensACatalogOfInlineTlesAndSpacecraft() {
		List<CatalogObject> catalog = Catalogs.random(30, 11, Instant.parse(START), 560, 600);
		String objects = catalog.stream()
			.map((o) -> "{\"id\":\"%s\",\"tle\":{\"line1\":\"%s\",\"line2\":\"%s\"}}".formatted(o.id(),
					o.tle().getLine1(), o.tle().getLine2()))
			.collect(Collectors.joining(","));
		String id = this.api.submit("""
				{"type":"CONJUNCTION_SCREENING","objects":[%s],"spacecraftIds":["ORB-2"],"start":"%s",
				 "end":"2026-11-21T06:00:00Z","thresholdKm":50}
				""".formatted(objects, START));

		JsonNode result = this.api.awaitState(id, "SUCCEEDED", TIMEOUT).path("result");

		assertThat(result.path("objects").asInt()).isEqualTo(31);
		assertThat(result.path("conjunctions").size()).isGreaterThan(0);
		for (JsonNode conjunction : result.path("conjunctions")) {
			assertThat(conjunction.path("missDistance").asDouble()).isLessThan(50);
		}
	}

	@Test
	void findsTheDominantPeriodsOfAParametersHistory() {
		Instant from = Instant.parse(START);
		List<ProcessorStandIn.Sample> samples = new ArrayList<>();
		for (int i = 0; i < 25_000; i++) {
			double t = i * 4.0;
			samples.add(new ProcessorStandIn.Sample(from.plusMillis((long) (t * 1000)),
					Double.toString(28 + Math.sin(2 * Math.PI * t / 5_580) + 0.3 * Math.sin(2 * Math.PI * t / 900))));
		}
		processor.samples("ORB-2", "EPS.BATTERY.VOLTAGE", samples);
		int pagesBefore = processor.samplePages();

		String id = this.api.submit("""
				{"type":"SPECTRAL_ANALYSIS","spacecraftId":"ORB-2","parameter":"EPS.BATTERY.VOLTAGE","from":"%s",
				 "to":"2026-11-22T06:00:00Z","peaks":2}
				""".formatted(START));

		JsonNode result = this.api.awaitState(id, "SUCCEEDED", TIMEOUT).path("result");
		assertThat(result.path("samples").asInt()).isEqualTo(25_000);
		assertThat(result.path("peaks").get(0).path("period").asDouble()).isCloseTo(5_580, within(0.005 * 5_580));
		assertThat(result.path("peaks").get(1).path("period").asDouble()).isCloseTo(900, within(0.005 * 900));
		assertThat(processor.samplePages() - pagesBefore).isEqualTo(3);
		assertThat(processor.callers()).as("the samples API was called with the worker's token").contains(CLIENT_ID);
	}

	/**
	 * The mission database is called with the worker's own token (client credentials),
	 * not the submitting user's, whose role may not be the one the call needs; the
	 * stand-in checks it as the processor does.
	 */
	@Test
	void callsTheMissionDatabaseWithItsOwnToken() {
		int refused = processor.refused();
		Api director = this.api.actingAs("flight-director@orbit.space");

		String id = director.submit("""
				{"type":"GROUND_TRACK","spacecraftId":"ORB-2","start":"%s","end":"2026-11-21T00:10:00Z"}
				""".formatted(START));

		JsonNode job = this.api.awaitState(id, "SUCCEEDED", TIMEOUT);
		assertThat(job.path("parameters").path("tle").path("line1").asString()).isEqualTo(ORB_2_LINE_1);
		assertThat(job.path("submittedBy").asString()).isEqualTo("flight-director@orbit.space");
		assertThat(processor.callers()).contains(CLIENT_ID).doesNotContain("flight-director@orbit.space");
		assertThat(processor.refused()).isEqualTo(refused);
	}

	@Test
	void cancelsARunningJob() {
		List<CatalogObject> catalog = Catalogs.random(1500, 5, Instant.parse(START), 400, 800);
		String objects = catalog.stream()
			.map((o) -> "{\"id\":\"%s\",\"tle\":{\"line1\":\"%s\",\"line2\":\"%s\"}}".formatted(o.id(),
					o.tle().getLine1(), o.tle().getLine2()))
			.collect(Collectors.joining(","));
		String id = this.api.submit("""
				{"type":"CONJUNCTION_SCREENING","priority":9,"objects":[%s],"start":"%s","end":"2026-11-28T00:00:00Z",
				 "thresholdKm":10}
				""".formatted(objects, START));
		this.api.awaitState(id, "RUNNING", TIMEOUT);

		HttpResponse<String> cancelled = this.api.actingAs("flight-director@orbit.space").delete(id);

		assertThat(cancelled.statusCode()).isEqualTo(200);
		assertThat(Api.JSON.readTree(cancelled.body()).path("state").asString()).isEqualTo("CANCELLED");
		assertThat(Api.JSON.readTree(cancelled.body()).path("cancelledBy").asString())
			.isEqualTo("flight-director@orbit.space");
		assertThat(Api.JSON.readTree(cancelled.body()).path("submittedBy").asString()).isEqualTo(Api.OPERATOR);
		await().atMost(TIMEOUT)
			.until(() -> metrics().stream()
				.anyMatch((line) -> line.startsWith("orbit_jobs_completed_total")
						&& line.contains("outcome=\"cancelled\"") && !line.endsWith(" 0.0")));
		assertThat(this.api.job(id).path("state").asString()).isEqualTo("CANCELLED");
		assertThat(this.api.job(id).path("cancelledBy").asString()).isEqualTo("flight-director@orbit.space");
		assertThat(postgres.queryForLong("SELECT count(*) FROM job_result WHERE job_id = '" + id + "'")).isZero();
		HttpResponse<String> again = this.api.delete(id);
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode conflict = Api.JSON.readTree(again.body());
		assertThat(conflict.path("type").asString()).isEqualTo("urn:orbit:problem:conflict");
		assertThat(conflict.path("reason").asString()).isEqualTo("job_ended");
		assertThat(conflict.path("state").asString()).isEqualTo("CANCELLED");
	}

	@Test
	void retriesATransientFailureThenFailsAndDeadLettersTheJob() {
		processor.failSamples("BROKEN.PARAMETER");

		String id = this.api.submit("""
				{"type":"SPECTRAL_ANALYSIS","spacecraftId":"ORB-2","parameter":"BROKEN.PARAMETER","from":"%s",
				 "to":"2026-11-22T00:00:00Z"}
				""".formatted(START));

		JsonNode job = this.api.awaitState(id, "FAILED", TIMEOUT);
		assertThat(job.path("attempts").asInt()).isEqualTo(3);
		assertThat(job.path("error").asString()).contains("Gave up after 2 attempts").contains("samples API");
		assertThat(TestKafka.header(event(id), "ce_type")).isEqualTo("space.orbit.compute.job.failed.v1");
		await().atMost(TIMEOUT).until(() -> deadLettered().contains("{\"jobId\":\"" + id + "\"}"));
	}

	@Test
	void deadLettersAMessageThatIsNoJob() {
		try (var channel = rabbit.connection().createChannel()) {
			channel.basicPublish(routes.exchange(), routes.routingKey(), null,
					"not a job".getBytes(StandardCharsets.UTF_8));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}

		await().atMost(TIMEOUT).until(() -> deadLettered().contains("not a job"));
	}

	@Test
	void failsAJobWhoseSatelliteDecaysInsideTheHorizon() {
		String id = this.api
			.submit("""
					{"type":"GROUND_TRACK","tle":{"line1":"1 28872U 05037B   05333.02012661  .25992681  00000-0  24476-3 0  1534",
					 "line2":"2 28872  96.4736 157.9986 0303955 244.0492 110.6523 16.46015938 10708"},
					 "start":"2005-11-29T00:30:00Z","end":"2005-11-29T03:00:00Z"}
					""");

		JsonNode job = this.api.awaitState(id, "FAILED", TIMEOUT);

		assertThat(job.path("error").asString()).contains("28872");
		assertThat(job.path("attempts").asInt()).isEqualTo(1);
	}

	@Test
	void publishesAResultLeftUnpublishedByAWorkerThatDied() throws Exception {
		String id = UUID.randomUUID().toString();
		try (var connection = postgres.connect(); var statement = connection.createStatement()) {
			statement.execute("INSERT INTO job (id, type, state, priority, parameters, attempts, created_at, "
					+ "finished_at, updated_at) VALUES ('" + id + "', 'GROUND_TRACK', 'SUCCEEDED', 4, '{}', 1, "
					+ "now() - interval '2 minutes', now() - interval '1 minute', now() - interval '1 minute')");
			statement.execute("INSERT INTO job_result (job_id, result, created_at) VALUES ('" + id
					+ "', '{\"points\":[]}', now() - interval '1 minute')");
			statement.execute(
					"INSERT INTO job_outbox (job_id, created_at) VALUES ('" + id + "', now() - interval '1 minute')");
		}

		ConsumerRecord<String, byte[]> event = event(id);

		assertThat(Api.JSON.readTree(event.value()).path("result").path("points").isArray()).isTrue();
		await().atMost(TIMEOUT)
			.until(() -> postgres.queryForLong("SELECT count(*) FROM job_outbox WHERE job_id = '" + id + "'") == 0);
	}

	@Test
	void queuesAJobLeftUndispatchedByAWorkerThatDied() throws Exception {
		String id = UUID.randomUUID().toString();
		String parameters = """
				{"type":"GROUND_TRACK","tle":{"line1":"%s","line2":"%s"},"start":"%s","end":"2026-11-21T01:00:00Z"}
				""".formatted(ORB_2_LINE_1, ORB_2_LINE_2, START).strip();
		try (var connection = postgres.connect(); var statement = connection.createStatement()) {
			statement.execute("INSERT INTO job (id, type, state, priority, parameters, created_at, updated_at, "
					+ "dispatched) VALUES ('" + id + "', 'GROUND_TRACK', 'QUEUED', 4, '" + parameters
					+ "', now() - interval '2 minutes', now() - interval '2 minutes', false)");
		}

		JsonNode job = this.api.awaitState(id, "SUCCEEDED", TIMEOUT);

		assertThat(job.path("attempts").asInt()).isEqualTo(1);
		assertThat(postgres.queryForLong("SELECT count(*) FROM job WHERE id = '" + id + "' AND dispatched"))
			.isEqualTo(1);
		assertThat(event(id)).isNotNull();
	}

	@Test
	void aSecondMessageForARunningJobDoesNotStartASecondRun() throws Exception {
		String id = this.api.submit(JobCrashIT.screening(2000, 48));
		this.api.awaitState(id, "RUNNING", TIMEOUT);
		assertThat(unacknowledged(routes.queue())).as("the first run holds its message").isEqualTo(1);

		// A duplicate publication, as the outbox sweeper makes when a worker died after
		// RabbitMQ confirmed a job but before it was marked dispatched. The second
		// consumer takes it while the first runs the job.
		try (var channel = rabbit.connection().createChannel()) {
			channel.basicPublish(routes.exchange(), routes.routingKey(),
					new com.rabbitmq.client.AMQP.BasicProperties.Builder().contentType("application/json")
						.deliveryMode(2)
						.priority(4)
						.build(),
					("{\"jobId\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8));
			// Taken and acknowledged: neither waiting nor held by the second consumer.
			await("the duplicate settled").atMost(TIMEOUT)
				.until(() -> channel.messageCount(routes.queue()) == 0 && unacknowledged(routes.queue()) == 1);
		}
		assertThat(this.api.job(id).path("state").asString()).as("the first run still going when the duplicate settled")
			.isEqualTo("RUNNING");

		JsonNode job = this.api.awaitState(id, "SUCCEEDED", TIMEOUT);
		assertThat(job.path("attempts").asInt()).as("runs of the job").isEqualTo(1);
		assertThat(event(id)).isNotNull();
		await("the first message settled").atMost(TIMEOUT).until(() -> unacknowledged(routes.queue()) == 0);
		assertThat(rabbit.messageCount(routes.queue())).isZero();
	}

	@Test
	void servesItsCommittedDocumentAndAcceptsEachJobTypesExample() {
		ApiDocument.assertServedAsCommitted(this.port, "worker");

		assertThat(ApiDocument.replayRequestExamples(this.port, "worker")).hasSize(4);
	}

	private List<String> dlqBodies = new ArrayList<>();

	private List<String> deadLettered() {
		var message = rabbit.get(routes.deadLetterQueue());
		while (message != null) {
			this.dlqBodies.add(new String(message.getBody(), StandardCharsets.UTF_8));
			message = rabbit.get(routes.deadLetterQueue());
		}
		return this.dlqBodies;
	}

	/**
	 * The job's one event: once it is on the topic and the job's outbox row is gone
	 * (nothing is left to publish for it), every record up to the end offsets is read,
	 * and exactly one is the job's.
	 */
	private ConsumerRecord<String, byte[]> event(String id) {
		TestKafka.readUntil(topic, (read) -> read.stream().anyMatch((r) -> id.equals(r.key())), TIMEOUT);
		await("the outbox row of " + id + " deleted").atMost(TIMEOUT)
			.until(() -> postgres.queryForLong("SELECT count(*) FROM job_outbox WHERE job_id = '" + id + "'") == 0);
		List<ConsumerRecord<String, byte[]>> mine = TestKafka.readToEnd(topic, TIMEOUT)
			.stream()
			.filter((r) -> id.equals(r.key()))
			.toList();
		assertThat(mine).as("events of job " + id).hasSize(1);
		return mine.get(0);
	}

	private List<String> metrics() {
		return this.api.get("/metrics").body().lines().toList();
	}

}

package space.orbit.worker.jobs;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import space.orbit.test.OtlpReceiver;
import space.orbit.test.ServiceProcess;
import space.orbit.test.TestIssuer;
import space.orbit.test.TestKafka;
import space.orbit.test.TestNames;
import space.orbit.test.TestPostgres;
import space.orbit.test.TestRabbit;
import space.orbit.worker.JobRoutes;
import space.orbit.worker.WorkerTestInfrastructure;
import space.orbit.worker.orbits.CatalogObject;
import space.orbit.worker.orbits.Catalogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The worker's runnable jar as a process, killed with {@code kill -9} in the middle of a
 * job: RabbitMQ redelivers the job to a second worker, which completes it exactly once
 * (one SUCCEEDED state, one result row, one Kafka event), and the job's span belongs to
 * the trace of the HTTP request that submitted it.
 */
class JobCrashIT {

	final TestPostgres postgres = TestPostgres.newSchema("worker_crash");

	final TestRabbit rabbit = TestRabbit.withUniquePrefix("worker-crash");

	final JobRoutes routes = JobRoutes.DEFAULT.prefixed(this.rabbit.prefix());

	final String topic = TestNames.unique("compute-crash-");

	final OtlpReceiver otlp = OtlpReceiver.start();

	ServiceProcess first;

	ServiceProcess second;

	@AfterEach
	void stop() {
		for (ServiceProcess worker : new ServiceProcess[] { this.first, this.second }) {
			if (worker != null) {
				worker.close();
			}
		}
		this.otlp.close();
		this.rabbit.deleteOnClose(List.of(this.routes.queue(), this.routes.deadLetterQueue(), this.routes.retryQueue()),
				List.of(this.routes.exchange(), this.routes.deadLetterExchange()));
		this.rabbit.close();
		this.postgres.close();
	}

	@Test
	void aJobWhoseWorkerIsKilledCompletesOnceOnAnother() {
		this.first = startWorker().awaitReady();
		Api firstApi = new Api("http://127.0.0.1:" + this.first.port());
		String id = firstApi.submit(screening(2000, 72));
		firstApi.awaitJob(id, (job) -> job.path("progress").asDouble() > 0.05, Duration.ofSeconds(120));

		this.first.kill();

		assertThat(state(id)).isEqualTo("RUNNING");
		this.second = startWorker().awaitReady();
		Api secondApi = new Api("http://127.0.0.1:" + this.second.port());
		JsonNode job = secondApi.awaitState(id, "SUCCEEDED", Duration.ofSeconds(240));
		assertThat(job.path("attempts").asInt()).isEqualTo(2);
		assertThat(job.path("result").path("objects").asInt()).isEqualTo(2000);
		assertThat(count("SELECT count(*) FROM job_result WHERE job_id = '" + id + "'")).isEqualTo(1);
		await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM job_outbox") == 0);
		assertThat(this.rabbit.messageCount(this.routes.queue())).isZero();
		assertThat(this.rabbit.messageCount(this.routes.deadLetterQueue())).isZero();
		TestKafka.readUntil(this.topic, (read) -> read.stream().anyMatch((r) -> id.equals(r.key())),
				Duration.ofSeconds(60));
		List<ConsumerRecord<String, byte[]>> events = TestKafka.readToEnd(this.topic, Duration.ofSeconds(30));
		assertThat(events).filteredOn((r) -> id.equals(r.key())).hasSize(1);
		assertTheJobIsPartOfTheRequestsTrace();
	}

	private void assertTheJobIsPartOfTheRequestsTrace() {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.otlp.spans().stream().anyMatch((s) -> s.name().equals("job CONJUNCTION_SCREENING")));
		String traceId = this.otlp.spans()
			.stream()
			.filter((s) -> s.kind().equals("SPAN_KIND_SERVER") && s.name().equals("http post /api/v1/jobs"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no span of POST /api/v1/jobs"))
			.traceId();
		assertThat(this.otlp.spans()).filteredOn((s) -> s.traceId().equals(traceId))
			.extracting((s) -> s.kind())
			.contains("SPAN_KIND_PRODUCER", "SPAN_KIND_CONSUMER");
		assertThat(this.otlp.spans()).filteredOn((s) -> s.name().equals("job CONJUNCTION_SCREENING"))
			.allSatisfy((s) -> assertThat(s.traceId()).isEqualTo(traceId));
	}

	private ServiceProcess startWorker() {
		// Security on: the process trusts this JVM's test issuer (ServiceProcess), and
		// takes its own token there.
		TestIssuer.shared()
			.registerClient(WorkerTestInfrastructure.CLIENT_ID, WorkerTestInfrastructure.CLIENT_SECRET, "viewer");
		Map<String, String> environment = Map.of("ORBIT_RABBITMQ_URL", TestRabbit.URL, "ORBIT_POSTGRES_URL",
				TestPostgres.URL, "ORBIT_POSTGRES_USER", TestPostgres.USER, "ORBIT_KAFKA_BOOTSTRAP",
				TestKafka.bootstrapServers(), "OTEL_EXPORTER_OTLP_ENDPOINT", this.otlp.endpoint(),
				"MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_SCHEDULE_DELAY", "200ms", "ORBIT_SECURITY_ENABLED", "true",
				"ORBIT_WORKER_CLIENT_SECRET", WorkerTestInfrastructure.CLIENT_SECRET);
		Map<String, String> properties = Map.of("orbit.worker.schema", this.postgres.schema(),
				"orbit.worker.routes-prefix", this.rabbit.prefix(), "orbit.worker.compute-topic", this.topic,
				"orbit.worker.outbox.lease", "3s", "orbit.worker.outbox.sweep-interval", "500ms");
		return ServiceProcess.start("worker", jar(), ServiceProcess.freePort(), environment, properties,
				Path.of(System.getProperty("orbit.logs", "target/service-logs")));
	}

	private static Path jar() {
		return Path.of(System.getProperty("orbit.worker.jar", "target/orbit-worker-0.1.0-SNAPSHOT-exec.jar"));
	}

	static String screening(int objects, int hours) {
		Instant start = Instant.parse("2026-11-21T00:00:00Z");
		List<CatalogObject> catalog = Catalogs.random(objects, 21, start, 400, 800);
		String entries = catalog.stream()
			.map((o) -> "{\"id\":\"%s\",\"tle\":{\"line1\":\"%s\",\"line2\":\"%s\"}}".formatted(o.id(),
					o.tle().getLine1(), o.tle().getLine2()))
			.collect(Collectors.joining(","));
		return "{\"type\":\"CONJUNCTION_SCREENING\",\"objects\":[%s],\"start\":\"%s\",\"end\":\"%s\",\"thresholdKm\":5}"
			.formatted(entries, start, start.plus(Duration.ofHours(hours)));
	}

	private String state(String id) {
		try (var connection = this.postgres.connect();
				var statement = connection.createStatement();
				var rows = statement.executeQuery("SELECT state FROM job WHERE id = '" + id + "'")) {
			rows.next();
			return rows.getString(1);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long count(String sql) {
		return this.postgres.queryForLong(sql);
	}

}

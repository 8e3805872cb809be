package space.orbit.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import space.orbit.messaging.TelemetryRoutes;
import space.orbit.test.Http;
import space.orbit.test.ServiceProcess;
import space.orbit.test.TestIssuer;
import space.orbit.test.TestKafka;
import space.orbit.test.TestMongo;
import space.orbit.test.TestNames;
import space.orbit.test.TestRabbit;
import space.orbit.test.fuzz.ApiFuzzer;
import space.orbit.test.fuzz.FuzzReport;
import space.orbit.test.fuzz.StoreProbe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 18: every service's API fuzzed from its committed document, all eight running as
 * their own JVMs on the real brokers and databases. At least 10,000 requests in all, each
 * with one thing wrong (a field, the body, a parameter, the path, the media type, the
 * method, a header): no 5xx, no answer slower than 5 s, every refusal a problem, nothing
 * stored by a refused request (read from the stores, not through the services), and every
 * service ready afterwards. Services whose stores are apart are fuzzed side by side
 * ({@link #WAVES}); the class runs alone on the machine (tests/e2e/pom.xml), as its
 * answer limit is a time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiFuzzIT {

	/** Requests per service: eight services, at least 10,000 in all. */
	private static final int REQUESTS = 1_300;

	private static final long SEED = Long.getLong("orbit.fuzz.seed", 20261205L);

	private final Spine spine = new Spine();

	private final Logistics logistics = new Logistics();

	/**
	 * Ingest's own routes, which nothing consumes: its queue's depth is what it stored.
	 */
	private final TestRabbit ingestRabbit = TestRabbit.withUniquePrefix("fuzz");

	private final TelemetryRoutes ingestRoutes = TelemetryRoutes.DEFAULT.prefixed(this.ingestRabbit.prefix());

	private final TestMongo archive = TestMongo.newDatabase("fuzz_archive");

	private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

	private final Map<String, StoreProbe> stores = new HashMap<>();

	private final List<String> summary = new ArrayList<>();

	@BeforeAll
	void startEverything(@TempDir Path state) {
		ServiceProcess ingest = ServiceProcess.start("ingest", Spine.jar("ingest"), ServiceProcess.freePort(),
				this.spine.environment(), Map.of("orbit.ingest.routes.prefix", this.ingestRabbit.prefix()),
				Spine.logs());
		this.services.put("ingest", ingest);
		this.services.put("processor", this.spine.startProcessor(Map.of()));
		this.services.put("analyzer", this.spine.startAnalyzer(state.resolve("analyzer")));
		this.services.put("worker", this.spine.startWorker(TestNames.unique("fuzz-compute-")));
		this.services.put("enricher", ServiceProcess.start("enricher", Spine.jar("enricher"), ServiceProcess.freePort(),
				Map.of("ORBIT_KAFKA_BOOTSTRAP", TestKafka.bootstrapServers(), "ORBIT_MONGODB_URI", this.archive.uri()),
				Map.of("orbit.enricher.telemetry-topic", this.spine.topic, "orbit.enricher.registry-topic",
						this.spine.registryTopic, "orbit.enricher.consumer-group", TestNames.unique("fuzz-enricher-")),
				Spine.logs()));
		this.services.put("inventory", this.logistics.startInventory());
		this.services.put("orders", this.logistics.startOrders(false));
		this.services.put("users", this.logistics.startUsers(false));
		this.services.values().forEach((service) -> service.awaitReady());

		String schema = this.spine.postgres.schema();
		this.stores.put("ingest", () -> "queued=" + this.ingestRabbit.messageCount(this.ingestRoutes.queue()));
		this.stores.put("processor", StoreProbe.postgres(this.spine.postgres, schema));
		this.stores.put("analyzer", StoreProbe.postgres(this.spine.postgres, schema + "_an"));
		// A job's result is written once the job has run, after the request that
		// submitted it was answered: no request writes it, so it is not what a
		// refused request may have stored.
		this.stores.put("worker", StoreProbe.postgres(this.spine.postgres, schema + "_wk", List.of("job_result")));
		this.stores.put("enricher", StoreProbe.mongo(this.archive.database()));
		this.stores.put("inventory",
				StoreProbe.postgres(this.logistics.inventoryPostgres, this.logistics.inventoryPostgres.schema()));
		this.stores.put("orders", StoreProbe.mongo(this.logistics.mongo.database()));
		this.stores.put("users",
				StoreProbe.postgres(this.logistics.usersPostgres, this.logistics.usersPostgres.schema()));
	}

	/**
	 * The services in waves, each wave's fuzzed side by side, where no service's accepted
	 * requests reach the store of one in its own wave or a later one: processor's mission
	 * database reaches analyzer's and enricher's stores (orbit.registry.v1), orders'
	 * orders reach inventory's stock (NATS order.created), users' new users reach orders
	 * (user.created, a welcome order). A store judged while another service's accepted
	 * requests land in it would blame a refused request for a change it did not make.
	 */
	static final List<List<String>> WAVES = List.of(List.of("ingest", "enricher", "inventory", "analyzer", "worker"),
			List.of("orders", "processor"), List.of("users"));

	@Test
	void noApiAnswersBadInputWithA5xxOrSlowlyOrByStoringIt() throws Exception {
		// Every role at once (a ground station's for telemetry, the authenticator's for
		// the password check, the admin's for the rest): the fuzz is of what lies behind
		// the token check, which the services' AccessITs cover.
		String authorization = "Bearer "
				+ TestIssuer.shared().token("fuzz@orbit.space", "admin", "ground-station", "authenticator");
		Map<String, FuzzReport> reports = new LinkedHashMap<>();
		for (List<String> wave : WAVES) {
			wave.forEach((service) -> awaitSettled(this.stores.get(service)));
			Map<String, Future<FuzzReport>> running = new LinkedHashMap<>();
			try (ExecutorService fuzzers = Executors.newFixedThreadPool(wave.size())) {
				for (String service : wave) {
					ApiFuzzer fuzzer = ApiFuzzer
						.of(service, this.services.get(service).port(), SEED + service.hashCode(),
								this.stores.get(service))
						.withAuthorization(authorization);
					running.put(service, fuzzers.submit(() -> fuzzer.run(REQUESTS)));
				}
			}
			for (Map.Entry<String, Future<FuzzReport>> service : running.entrySet()) {
				reports.put(service.getKey(), service.getValue().get());
				ServiceProcess process = this.services.get(service.getKey());
				assertThat(process.alive()).as(service.getKey() + " is running after its fuzzing:\n" + process.tail(40))
					.isTrue();
			}
		}
		int sent = 0;
		List<String> broken = new ArrayList<>();
		for (FuzzReport report : reports.values()) {
			this.summary.add(report.toString());
			report.violations().stream().limit(30).forEach((violation) -> this.summary.add("  " + violation));
			sent += report.sent();
			if (!report.violations().isEmpty()) {
				broken.add(report.service());
			}
		}
		Files.write(Path.of("target/api-fuzz-report.txt"), this.summary);
		this.summary.forEach(System.out::println);
		for (Map.Entry<String, ServiceProcess> service : this.services.entrySet()) {
			assertThat(new Http(service.getValue().port()).get("/health/readiness").status())
				.as(service.getKey() + " ready after the fuzzing")
				.isEqualTo(200);
		}
		assertThat(reports.keySet()).as("every service fuzzed")
			.containsExactlyInAnyOrderElementsOf(this.services.keySet());
		assertThat(sent).isGreaterThanOrEqualTo(10_000);
		assertThat(broken)
			.as("services whose fuzzing found violations (target/api-fuzz-report.txt):\n"
					+ String.join("\n", this.summary))
			.isEmpty();
	}

	/**
	 * Waits until what earlier requests set going has landed: the store still for 2 s.
	 */
	private static void awaitSettled(StoreProbe store) {
		String[] last = { store.fingerprint() };
		long[] since = { System.nanoTime() };
		await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(250)).until(() -> {
			String now = store.fingerprint();
			if (!now.equals(last[0])) {
				last[0] = now;
				since[0] = System.nanoTime();
			}
			return System.nanoTime() - since[0] > Duration.ofSeconds(2).toNanos();
		});
	}

	@AfterAll
	void stopEverything() {
		this.services.get("ingest").close();
		this.ingestRabbit
			.deleteOnClose(List.of(this.ingestRoutes.queue(), this.ingestRoutes.deadLetterQueue()),
					List.of(this.ingestRoutes.exchange(), this.ingestRoutes.deadLetterExchange()))
			.close();
		ServiceProcess enricher = this.services.get("enricher");
		if (enricher != null) {
			enricher.close();
		}
		this.archive.close();
		this.logistics.close();
		this.spine.close();
	}

}

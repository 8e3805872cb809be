package space.orbit.enricher.archive;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import space.orbit.enricher.enrichment.EnrichedSample;
import space.orbit.telemetry.TelemetryRecordReader;
import space.orbit.test.Http;
import space.orbit.test.TestKafka;
import space.orbit.test.TestMongo;
import space.orbit.test.TestNames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code GET /api/v1/archive} of the running enricher (real Kafka, MongoDB the stand-in
 * unless {@code ORBIT_TEST_MONGODB_URI} names a real one) over buckets its writer stored:
 * bad queries as problems, and the retention: with the sweep on where the stand-in runs
 * (as {@code ./orbit up} sets it), buckets past the retention leave the archive.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ArchiveApiIT {

	private static final TestMongo mongo = TestMongo.newDatabase("enricher_api");

	@LocalServerPort
	private int port;

	@Autowired
	private BucketWriter writer;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("spring.kafka.bootstrap-servers", TestKafka::bootstrapServers);
		registry.add("spring.mongodb.uri", mongo::uri);
		registry.add("orbit.enricher.telemetry-topic", () -> TestNames.unique("telemetry-enricher-api-"));
		registry.add("orbit.enricher.registry-topic", () -> TestNames.unique("registry-enricher-api-"));
		registry.add("orbit.enricher.consumer-group", () -> TestNames.unique("enricher-api-"));
		registry.add("logging.structured.format.console", () -> "");
		// the stand-in has no TTL monitor: there the enricher sweeps, as ./orbit up sets
		// it
		registry.add("orbit.enricher.archive.sweep", ArchiveApiIT::onTheStandIn);
		registry.add("orbit.enricher.archive.sweep-interval", () -> "1s");
	}

	@AfterAll
	static void dropDatabase() {
		mongo.close();
	}

	@Test
	void bucketsPastTheRetentionLeaveTheArchiveAndNewerOnesStay() {
		Http http = new Http(this.port);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		// the default retention is 30 days
		Instant expired = now.minus(Duration.ofDays(31));
		Instant kept = now.minus(Duration.ofDays(29));
		ArchiveWrite write = this.writer.write(List.of(sample(expired, 1), sample(kept, 2)));
		assertThat(write).isEqualTo(new ArchiveWrite(2, 2, 0));

		// the sweep every second on the stand-in; MongoDB's TTL monitor runs every 60 s
		await().atMost(Duration.ofSeconds(90)).until(() -> minute(http, expired).get("count").asInt() == 0);

		assertThat(minute(http, kept).get("samples")).singleElement()
			.satisfies(sample -> assertThat(sample.get("sequence").asLong()).isEqualTo(2));
	}

	@Test
	void badQueriesAreProblemsNamingTheParameterOrTheLimit() {
		Http http = new Http(this.port);
		Http.Response badTime = http.get("/api/v1/archive?spacecraftId=ENR-1&parameter=X&from=yesterday");
		assertThat(badTime.status()).isEqualTo(400);
		assertThat(badTime.contentType()).startsWith("application/problem+json");
		assertThat(badTime.json().get("parameter").asString()).isEqualTo("from");

		Http.Response tooFine = http.get("/api/v1/archive?spacecraftId=ENR-1&parameter=X"
				+ "&from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z&step=1s");
		assertThat(tooFine.status()).isEqualTo(422);
		assertThat(tooFine.contentType()).startsWith("application/problem+json");
		assertThat(tooFine.json().get("limit").asString()).isEqualTo("orbit.enricher.query.max-steps");
		assertThat(tooFine.json().get("maximum").asInt()).isEqualTo(10_000);

		Http.Response tooLong = http
			.get("/api/v1/archive?spacecraftId=ENR-1&parameter=X&from=2025-01-01T00:00:00Z&to=2026-01-01T00:00:00Z");
		assertThat(tooLong.status()).isEqualTo(422);
		assertThat(tooLong.json().get("limit").asString()).isEqualTo("orbit.enricher.query.max-range");

		Http.Response missing = http.get("/api/v1/archive?parameter=X");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.contentType()).startsWith("application/problem+json");

		Http.Response badStep = http.get("/api/v1/archive?spacecraftId=ENR-1&parameter=X&step=often");
		assertThat(badStep.status()).isEqualTo(400);
		assertThat(badStep.json().get("parameter").asString()).isEqualTo("step");

		Http.Response reversed = http
			.get("/api/v1/archive?spacecraftId=ENR-1&parameter=X&from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z");
		assertThat(reversed.status()).isEqualTo(400);

		Http.Response longRange = http.get("/api/v1/archive?spacecraftId=ENR-1&parameter=X"
				+ "&from=2026-11-01T00:00:00Z&to=2026-11-08T00:00:00Z");
		assertThat(longRange.status()).isEqualTo(200);
		assertThat(longRange.json().get("mode").asString()).isEqualTo("steps");
		assertThat(longRange.json().get("step").asString()).isEqualTo("PT10M5S");
	}

	/** Whether TestMongo runs the stand-in (no real MongoDB configured). */
	private static boolean onTheStandIn() {
		String configured = System.getenv("ORBIT_TEST_MONGODB_URI");
		return configured == null || configured.isBlank();
	}

	/** The raw archive of EXP-1's voltage over the minute from {@code start}. */
	private static JsonNode minute(Http http, Instant start) {
		return http
			.get("/api/v1/archive?spacecraftId=EXP-1&parameter=EPS.BATTERY.VOLTAGE&from=" + start + "&to="
					+ start.plus(Duration.ofMinutes(1)))
			.json();
	}

	private static EnrichedSample sample(Instant at, long sequence) {
		return new EnrichedSample("EXP-1", "EPS.BATTERY.VOLTAGE", TelemetryRecordReader.micros(at.plusSeconds(1)),
				sequence, 28.0, 28.0, false, null, "EPS", null, false);
	}

}

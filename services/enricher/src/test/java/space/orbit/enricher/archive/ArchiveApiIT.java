package space.orbit.enricher.archive;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import space.orbit.test.AccessMatrix;
import space.orbit.test.ApiDocument;
import space.orbit.test.Http;
import space.orbit.test.TestIssuer;
import space.orbit.test.TcpProxy;
import space.orbit.test.TestKafka;
import space.orbit.test.TestMongo;
import space.orbit.test.TestNames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The enricher's archive API, running (real Kafka; MongoDB the stand-in unless
 * {@code ORBIT_TEST_MONGODB_URI} names a local real one, behind a proxy that can cut it),
 * over segments its writer stored: a long raw range paged, a downsampled one in one call,
 * bad queries as 400 {@code invalid-parameter} problems naming the parameter, the
 * committed OpenAPI document and every operation's role enforced as it says (ADR 0017),
 * MongoDB out of reach as a 503, and the retention with the sweep on where the stand-in
 * runs (as {@code ./orbit up} sets it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ArchiveApiIT {

	private static final TestMongo mongo = TestMongo.newDatabase("enricher_api");

	private static final TcpProxy proxy = TcpProxy.to(URI.create(mongo.uri()).getPort());

	@LocalServerPort
	private int port;

	@Autowired
	private SegmentWriter writer;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("spring.kafka.bootstrap-servers", TestKafka::bootstrapServers);
		registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + proxy.port() + "/" + mongo.databaseName()
				+ "?serverSelectionTimeoutMS=2000&connectTimeoutMS=1000");
		registry.add("orbit.enricher.telemetry-topic", () -> TestNames.unique("telemetry-enricher-api-"));
		registry.add("orbit.enricher.registry-topic", () -> TestNames.unique("registry-enricher-api-"));
		registry.add("orbit.enricher.consumer-group", () -> TestNames.unique("enricher-api-"));
		registry.add("logging.structured.format.console", () -> "");
		TestIssuer.shared().properties().forEach((name, value) -> registry.add(name, () -> value));
		// the stand-in has no TTL monitor: there the enricher sweeps, as ./orbit up sets
		// it
		registry.add("orbit.enricher.archive.sweep", ArchiveApiIT::onTheStandIn);
		registry.add("orbit.enricher.archive.sweep-interval", () -> "1s");
	}

	@AfterAll
	static void closeMongo() {
		proxy.close();
		mongo.close();
	}

	@Test
	void aLongRawRangeIsPagedAndADownsampledOneComesInOneCall() {
		Http http = new Http(this.port).as("viewer");
		Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(5));
		List<EnrichedSample> samples = new ArrayList<>();
		for (int i = 0; i < 5_400; i++) {
			samples.add(sample("PAGE-1", start.plusSeconds(2L * i), i, i % 100));
		}
		this.writer.write(samples);
		String range = "spacecraftId=PAGE-1&parameter=EPS.BATTERY.VOLTAGE&from=" + start + "&to="
				+ start.plus(Duration.ofHours(3));

		List<Long> sequences = new ArrayList<>();
		JsonNode page = http.get("/api/v1/archive/samples?" + range + "&limit=2000").json();
		int pages = 1;
		page.get("items").forEach(sample -> sequences.add(sample.get("sequence").asLong()));
		while (page.has("next")) {
			assertThat(page.get("items")).hasSize(2_000);
			page = http.get("/api/v1/archive/samples?" + range + "&limit=2000&after=" + page.get("next").asString())
				.json();
			pages++;
			page.get("items").forEach(sample -> sequences.add(sample.get("sequence").asLong()));
		}
		assertThat(pages).isEqualTo(3);
		assertThat(sequences).hasSize(5_400).isSorted().doesNotHaveDuplicates();

		JsonNode steps = http.get("/api/v1/archive/steps?" + range).json();
		assertThat(steps.has("next")).isFalse();
		// 3 h in about 1000 steps of whole seconds: 11 s, 982 of them, none empty
		assertThat(steps.get("step").asString()).isEqualTo("PT11S");
		assertThat(steps.get("items")).hasSize(982);
		assertThat(steps.get("metadata").get("unit").asString()).isEqualTo("V");
		long counted = 0;
		for (JsonNode step : steps.get("items")) {
			counted += step.get("count").asLong();
		}
		assertThat(counted).isEqualTo(5_400);

		List<JsonNode> pagedSteps = new ArrayList<>();
		JsonNode cut = http.get("/api/v1/archive/steps?" + range + "&limit=400").json();
		cut.get("items").forEach(pagedSteps::add);
		while (cut.has("next")) {
			cut = http.get("/api/v1/archive/steps?" + range + "&limit=400&after=" + cut.get("next").asString()).json();
			cut.get("items").forEach(pagedSteps::add);
		}
		assertThat(pagedSteps).containsExactlyElementsOf(steps.get("items"));
	}

	@Test
	void badQueriesAreInvalidParameterProblemsNamingTheParameter() {
		Http http = new Http(this.port).as("viewer");
		String day = "&from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z";
		String[][] cases = { // query, parameter, a part of its detail
				{ "samples?parameter=X", "spacecraftId", "is required" },
				{ "samples?spacecraftId=%20&parameter=X", "spacecraftId", "must not be blank" },
				{ "samples?spacecraftId=A&parameter=X&from=yesterday", "from", "ISO-8601 instant" },
				{ "samples?spacecraftId=A&parameter=X&to=2026-11-01T00:00:00Z&from=2026-11-02T00:00:00Z", "from",
						"must be before 'to'" },
				{ "samples?spacecraftId=A&parameter=X&from=2025-01-01T00:00:00Z&to=2026-01-01T00:00:00Z", "from",
						"at most PT744H (the longest range)" },
				{ "samples?spacecraftId=A&parameter=X&limit=10001", "limit", "between 1 and 10000" },
				{ "samples?spacecraftId=A&parameter=X&limit=0", "limit", "between 1 and 10000" },
				{ "samples?spacecraftId=A&parameter=X&limit=many", "limit", "must be a valid Integer" },
				{ "samples?spacecraftId=A&parameter=X&after=not-a-cursor", "after", "not a cursor" },
				{ "steps?spacecraftId=A&parameter=X&step=often", "step", "must be a duration" },
				{ "steps?spacecraftId=A&parameter=X" + day + "&step=1s", "step",
						"86400 steps, more than the maximum of 10000: use a step of at least PT8.64S" },
				{ "steps?spacecraftId=A&parameter=X" + day + "&limit=10001", "limit", "between 1 and 10000" },
				{ "steps?spacecraftId=A&parameter=X" + day + "&step=1h&after=MTc5NTI1NzAwMDAwMDAwMA", "after",
						"not a cursor of these steps" } };
		for (String[] c : cases) {
			Http.Response answer = http.get("/api/v1/archive/" + c[0]);
			assertThat(answer.status()).as(c[0]).isEqualTo(400);
			assertThat(answer.contentType()).as(c[0]).startsWith("application/problem+json");
			JsonNode problem = answer.json();
			assertThat(problem.get("type").asString()).as(c[0]).isEqualTo("urn:orbit:problem:invalid-parameter");
			assertThat(problem.get("errors")).as(c[0]).singleElement().satisfies(error -> {
				assertThat(error.get("parameter").asString()).isEqualTo(c[1]);
				assertThat(error.get("detail").asString()).contains(c[2]);
			});
			if (c[1].equals("limit") && !c[0].endsWith("many")) {
				assertThat(problem.get("maximum").asInt()).as(c[0]).isEqualTo(10_000);
			}
		}
	}

	@Test
	void servesItsDocumentAsCommittedAndAcceptsItsExamples() {
		ApiDocument.assertServedAsCommitted(this.port, "enricher");
		assertThat(ApiDocument.replayRequestExamples(this.port, "enricher")).hasSize(3);
	}

	@Test
	void everyOperationIsEnforcedAsDocumented() {
		assertThat(AccessMatrix.assertEnforcedAsDocumented(this.port, "enricher")).contains(
				"GET /api/v1/archive/samples without a token -> 401", "GET /api/v1/archive/samples as no role -> 403",
				"GET /api/v1/archive/steps without a token -> 401", "GET /api/v1/archive/steps as no role -> 403",
				"GET /api/v1/archive/export without a token -> 401", "GET /api/v1/archive/export as no role -> 403");
	}

	@Test
	void mongoDbOutOfReachIsADependencyUnavailableProblem() {
		Http http = new Http(this.port).as("viewer");
		String query = "/api/v1/archive/samples?spacecraftId=ORB-1&parameter=EPS.BATTERY.VOLTAGE";
		assertThat(http.get(query).status()).isEqualTo(200);
		proxy.cut();
		try {
			Http.Response down = http.get(query);
			assertThat(down.status()).as(down.body()).isEqualTo(503);
			assertThat(down.contentType()).startsWith("application/problem+json");
			assertThat(down.json().get("type").asString()).isEqualTo("urn:orbit:problem:dependency-unavailable");
			assertThat(down.json().get("dependency").asString()).isEqualTo("mongodb");
			assertThat(down.json().get("retryAfterSeconds").asInt()).isEqualTo(5);
		}
		finally {
			proxy.restore();
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> http.get(query).status() == 200);
	}

	@Test
	void bucketsPastTheRetentionLeaveTheArchiveAndNewerOnesStay() {
		Http http = new Http(this.port).as("viewer");
		Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		// the default retention is 30 days
		Instant expired = now.minus(Duration.ofDays(31));
		Instant kept = now.minus(Duration.ofDays(29));
		ArchiveWrite write = this.writer.write(List.of(sample("EXP-1", expired, 1, 0), sample("EXP-1", kept, 2, 0)));
		assertThat(write).isEqualTo(new ArchiveWrite(2, 2, 0));

		// the sweep every second on the stand-in; MongoDB's TTL monitor runs every 60 s
		await().atMost(Duration.ofSeconds(90)).until(() -> minute(http, expired).get("items").isEmpty());

		assertThat(minute(http, kept).get("items")).singleElement()
			.satisfies(sample -> assertThat(sample.get("sequence").asLong()).isEqualTo(2));
	}

	/** Whether TestMongo runs the stand-in (no real MongoDB configured). */
	private static boolean onTheStandIn() {
		String configured = System.getenv("ORBIT_TEST_MONGODB_URI");
		return configured == null || configured.isBlank();
	}

	/** The raw archive of a spacecraft's voltage over the minute from {@code start}. */
	private static JsonNode minute(Http http, Instant start) {
		return http
			.get("/api/v1/archive/samples?spacecraftId=EXP-1&parameter=EPS.BATTERY.VOLTAGE&from=" + start + "&to="
					+ start.plus(Duration.ofMinutes(1)))
			.json();
	}

	private static EnrichedSample sample(String spacecraftId, Instant at, long sequence, double delta) {
		return new EnrichedSample(spacecraftId, "EPS.BATTERY.VOLTAGE", TelemetryRecordReader.micros(at.plusSeconds(1)),
				sequence, 28.0 + delta, 28.0 + delta, true, "DEMO", "EPS", "V", false);
	}

}

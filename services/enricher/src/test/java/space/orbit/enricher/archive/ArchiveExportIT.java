package space.orbit.enricher.archive;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

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
import space.orbit.test.TestIssuer;
import space.orbit.test.TestKafka;
import space.orbit.test.TestMongo;
import space.orbit.test.TestNames;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archive's CSV export, running over segments its writer stored (MongoDB the stand-in
 * unless {@code ORBIT_TEST_MONGODB_URI} names a real one): two parameters merged in time
 * order with raw and calibrated columns, the row count announced before the rows and
 * equal to them and to the JSON API's samples, the downsampled export equal to the steps
 * API, a client that stops reading leaving the service serving, and bad queries as 400
 * problems.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ArchiveExportIT {

	private static final TestMongo mongo = TestMongo.newDatabase("enricher_export");

	private static final String VOLTAGE = "EPS.BATTERY.VOLTAGE";

	private static final String MODE = "AOCS.MODE";

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private SegmentWriter writer;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("spring.kafka.bootstrap-servers", TestKafka::bootstrapServers);
		registry.add("spring.mongodb.uri", mongo::uri);
		registry.add("orbit.enricher.telemetry-topic", () -> TestNames.unique("telemetry-enricher-export-"));
		registry.add("orbit.enricher.registry-topic", () -> TestNames.unique("registry-enricher-export-"));
		registry.add("orbit.enricher.consumer-group", () -> TestNames.unique("enricher-export-"));
		registry.add("logging.structured.format.console", () -> "");
		TestIssuer.shared().properties().forEach((name, value) -> registry.add(name, () -> value));
	}

	@AfterAll
	static void closeMongo() {
		mongo.close();
	}

	@Test
	void twoParametersComeMergedInTimeOrderWithTheirCountAnnouncedFirst() throws Exception {
		Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(4));
		List<EnrichedSample> samples = new ArrayList<>();
		for (int i = 0; i < 6_000; i++) {
			// a voltage every second (raw counts, calibrated / 100), a mode every 3 s
			Instant at = start.plusSeconds(i);
			samples.add(sample("CSV-1", VOLTAGE, at, i, 2_800L + i % 50, (2_800 + i % 50) / 100.0, "V"));
			if (i % 3 == 0) {
				samples.add(sample("CSV-1", MODE, at, i, (i % 2 == 0) ? "NOMINAL" : "SAFE, \"held\"", null, null));
			}
		}
		this.writer.write(samples);
		// from and to cut buckets in the middle: 00:10:30.5 to 01:20:10.5
		Instant from = start.plusMillis(630_500);
		Instant to = start.plusMillis(4_810_500);
		String range = "spacecraftId=CSV-1&from=" + from + "&to=" + to;

		HttpResponse<Stream<String>> export = get(
				"/api/v1/archive/export?" + range + "&parameter=" + VOLTAGE + "&parameter=" + MODE);
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
		long announced = Long.parseLong(export.headers().firstValue("X-Orbit-Row-Count").orElseThrow());
		List<List<String>> rows = new ArrayList<>();
		Iterator<String> lines = export.body().iterator();
		assertThat(lines.next()).isEqualTo(ArchiveExport.RAW_HEADER);
		lines.forEachRemaining((line) -> rows.add(fields(line)));

		// seconds 631..4810 of the voltage, and of them every third for the mode
		long voltages = 4_810 - 631 + 1;
		long modes = Stream.iterate(631, (i) -> i <= 4_810, (i) -> i + 1).filter((i) -> i % 3 == 0).count();
		assertThat(announced).isEqualTo(voltages + modes);
		assertThat(rows).hasSize((int) announced);
		assertThat(rows.getFirst()).containsExactly(ArchiveQueries.time(micros(start.plusSeconds(631))), "CSV-1",
				VOLTAGE, "631", Long.toString(2_800 + 631 % 50), Double.toString((2_800 + 631 % 50) / 100.0), "V");
		// at 633 s the mode (a string with a comma and quotes) follows the voltage
		assertThat(rows.get(2)).containsExactly(ArchiveQueries.time(micros(start.plusSeconds(633))), "CSV-1", VOLTAGE,
				"633", "2833", "28.33", "V");
		assertThat(rows.get(3)).containsExactly(ArchiveQueries.time(micros(start.plusSeconds(633))), "CSV-1", MODE,
				"633", "SAFE, \"held\"", "", "");
		assertThat(rows).extracting((row) -> row.get(0)).isSorted();

		List<String> jsonSequences = new ArrayList<>();
		Http http = new Http(this.port).as("viewer");
		JsonNode page = http.get("/api/v1/archive/samples?" + range + "&parameter=" + VOLTAGE + "&limit=10000").json();
		page.get("items").forEach((item) -> jsonSequences.add(Long.toString(item.get("sequence").asLong())));
		assertThat(page.has("next")).isFalse();
		assertThat(rows.stream().filter((row) -> row.get(2).equals(VOLTAGE)).map((row) -> row.get(3)))
			.containsExactlyElementsOf(jsonSequences);
	}

	@Test
	void aDownsampledExportHoldsTheStepsOfTheStepsApi() throws Exception {
		Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(8));
		List<EnrichedSample> samples = new ArrayList<>();
		for (int i = 0; i < 1_200; i++) {
			samples.add(sample("CSV-2", VOLTAGE, start.plusSeconds(3L * i), i, 2_800L + i % 7, (2_800 + i % 7) / 100.0,
					"V"));
		}
		this.writer.write(samples);
		String range = "spacecraftId=CSV-2&parameter=" + VOLTAGE + "&from=" + start + "&to=" + start.plusSeconds(3600)
				+ "&step=5m";

		HttpResponse<Stream<String>> export = get("/api/v1/archive/export?" + range);
		assertThat(export.statusCode()).isEqualTo(200);
		List<String> lines = export.body().toList();
		assertThat(lines.getFirst()).isEqualTo(ArchiveExport.STEPS_HEADER);
		JsonNode steps = new Http(this.port).as("viewer").get("/api/v1/archive/steps?" + range).json();
		assertThat(steps.get("items")).hasSize(12);
		assertThat(export.headers().firstValue("X-Orbit-Row-Count")).hasValue("12");
		List<String> expected = new ArrayList<>();
		for (JsonNode step : steps.get("items")) {
			expected.add(String.join(",", step.get("from").asString(), "CSV-2", VOLTAGE, step.get("count").asString(),
					step.get("min").asString(), step.get("max").asString(), step.get("avg").asString(), "V"));
		}
		assertThat(lines.subList(1, lines.size())).containsExactlyElementsOf(expected);
	}

	@Test
	void aClientThatStopsReadingLeavesTheServiceServing() throws Exception {
		Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(12));
		List<EnrichedSample> samples = new ArrayList<>();
		for (int i = 0; i < 40_000; i++) {
			samples.add(sample("CSV-3", VOLTAGE, start.plusMillis(100L * i), i, 2_800L, 28.0, "V"));
		}
		this.writer.write(samples);
		String query = "/api/v1/archive/export?spacecraftId=CSV-3&parameter=" + VOLTAGE + "&from=" + start + "&to="
				+ start.plusSeconds(4_000);
		HttpResponse<Stream<String>> first = get(query);
		assertThat(first.headers().firstValue("X-Orbit-Row-Count")).hasValue("40000");
		try (Stream<String> lines = first.body()) {
			assertThat(lines.limit(10)).hasSize(10);
		}
		HttpResponse<Stream<String>> again = get(query);
		assertThat(again.body().count()).isEqualTo(40_001);
	}

	@Test
	void badQueriesAreInvalidParameterProblems() throws Exception {
		String[][] cases = { // query, parameter, a part of its detail
				{ "spacecraftId=X", "parameter", "is required" },
				{ "spacecraftId=X&parameter=A&parameter=A", "parameter", "names a parameter twice" },
				{ "spacecraftId=X&parameter=A&parameter=B&parameter=C&parameter=D&parameter=E&parameter=F"
						+ "&parameter=G&parameter=H&parameter=I", "parameter", "more than the maximum of 8" },
				{ "spacecraftId=X&parameter=A&step=often", "step", "must be a duration" },
				{ "spacecraftId=X&parameter=A&from=2025-01-01T00:00:00Z&to=2026-01-01T00:00:00Z", "from",
						"the longest range" } };
		for (String[] c : cases) {
			HttpResponse<String> answer = this.client.send(request("/api/v1/archive/export?" + c[0]),
					HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(c[0]).isEqualTo(400);
			assertThat(answer.headers().firstValue("Content-Type")).as(c[0])
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(answer.body()).as(c[0]).contains("\"" + c[1] + "\"").contains(c[2]);
		}
	}

	private HttpResponse<Stream<String>> get(String path) throws Exception {
		return this.client.send(request(path), HttpResponse.BodyHandlers.ofLines());
	}

	private HttpRequest request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept", "text/csv, application/problem+json")
			.header("Authorization", "Bearer " + TestIssuer.shared().token("export@orbit.space", "viewer"))
			.build();
	}

	/** The fields of a CSV line (quoted fields without line breaks). */
	static List<String> fields(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
				field.append('"');
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}

	private static long micros(Instant at) {
		return TelemetryRecordReader.micros(at);
	}

	private static EnrichedSample sample(String spacecraftId, String parameter, Instant at, long sequence, Object raw,
			Double eng, String unit) {
		return new EnrichedSample(spacecraftId, parameter, micros(at), sequence, raw, eng, true, "DEMO", "EPS", unit,
				false);
	}

}

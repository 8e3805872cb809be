package space.orbit.e2e;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import space.orbit.test.OtlpReceiver.ReceivedSpan;
import space.orbit.test.TelemetryFixtures;
import space.orbit.test.TestKafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The issue's own demonstration, automated: one POST of 1,000 frames x 50 samples gets a
 * 202; within seconds all 50,000 samples come back from the samples API and are on Kafka;
 * and the ingest request, the processor's consume, database and Kafka-publish spans are
 * one trace.
 */
class SpineEndToEndIT {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static Spine spine;

	@BeforeAll
	static void start() {
		TestKafka.bootstrapServers();
		spine = new Spine();
		spine.startIngest();
		spine.startProcessor(Map.of());
		spine.ingest().awaitReady();
		spine.processor().awaitReady();
	}

	@AfterAll
	static void stop() {
		if (spine != null) {
			spine.close();
		}
	}

	@Test
	void fiftyThousandSamplesAreStoredPublishedAndTracedAsOneTrace() throws Exception {
		Instant start = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.MILLIS);
		TelemetryFixtures fixtures = TelemetryFixtures.frames(1_000)
			.samplesPerFrame(50)
			.spacecraft("ORB-1", "ORB-2", "ORB-3", "ORB-4", "ORB-5")
			.startingAt(start);
		String traceId = HexFormat.of().formatHex(randomBytes(16));
		String traceparent = "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01";

		HttpResponse<String> response = spine.post(fixtures.json(), traceparent);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		UUID batchId = UUID.fromString(json.readTree(response.body()).get("batchId").asString());
		await().atMost(Duration.ofSeconds(30)).until(() -> spine.storedFrames(batchId) == 1_000);

		assertThat(allSamplesFromTheApi(start, start.plus(Duration.ofMinutes(2)))).isEqualTo(50_000);
		List<ConsumerRecord<String, byte[]>> records = spine.published(batchId, 50_000);
		assertThat(Spine.samples(records, batchId)).isEqualTo(50_000);
		assertThat(records).allSatisfy(r -> assertThat(TestKafka.header(r, "traceparent")).contains(traceId));
		assertThat(records.stream().map(ConsumerRecord::key).distinct()).containsExactlyInAnyOrder("ORB-1", "ORB-2",
				"ORB-3", "ORB-4", "ORB-5");

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertOneTrace(traceId));
	}

	private static void assertOneTrace(String traceId) {
		List<ReceivedSpan> trace = spine.otlp.spans().stream().filter(s -> s.traceId().equals(traceId)).toList();
		assertThat(trace).anySatisfy(s -> {
			assertThat(s.service()).isEqualTo("ingest");
			assertThat(s.kind()).isEqualTo("SPAN_KIND_SERVER");
			assertThat(s.name()).contains("/api/v1/telemetry");
		});
		assertThat(trace).anySatisfy(s -> {
			assertThat(s.service()).isEqualTo("ingest");
			assertThat(s.kind()).isEqualTo("SPAN_KIND_PRODUCER");
		});
		assertThat(trace).anySatisfy(s -> {
			assertThat(s.service()).isEqualTo("processor");
			assertThat(s.kind()).isEqualTo("SPAN_KIND_CONSUMER");
		});
		assertThat(trace).anySatisfy(s -> {
			assertThat(s.service()).isEqualTo("processor");
			assertThat(s.name()).isEqualTo("store telemetry_frame");
			assertThat(s.attributes()).containsEntry("db.system", "postgresql");
		});
		assertThat(trace).anySatisfy(s -> {
			assertThat(s.service()).isEqualTo("processor");
			assertThat(s.kind()).isEqualTo("SPAN_KIND_PRODUCER");
			assertThat(s.name()).contains(spine.topic);
		});
		Set<String> spanIds = new HashSet<>();
		trace.forEach(s -> spanIds.add(s.spanId()));
		assertThat(trace).filteredOn(s -> s.service().equals("processor"))
			.allSatisfy(s -> assertThat(spanIds).contains(s.parentSpanId()));
	}

	private static long allSamplesFromTheApi(Instant from, Instant to) throws Exception {
		long total = 0;
		String after = null;
		do {
			String query = "/api/v1/samples?limit=10000&from=" + from + "&to=" + to
					+ ((after != null) ? "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8) : "");
			HttpResponse<String> page = spine.get(spine.processor(), query);
			assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
			JsonNode body = json.readTree(page.body());
			total += body.get("items").size();
			after = body.has("next") ? body.get("next").asString() : null;
		}
		while (after != null);
		return total;
	}

	private static byte[] randomBytes(int n) {
		byte[] bytes = new byte[n];
		ThreadLocalRandom.current().nextBytes(bytes);
		return bytes;
	}

}

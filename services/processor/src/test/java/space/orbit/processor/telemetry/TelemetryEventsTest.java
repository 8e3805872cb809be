package space.orbit.processor.telemetry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import space.orbit.processor.TestProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Building a batch's Kafka events: the same frames, in whatever order they come, give the
 * same events (ids and bodies), so a redelivered or recovered batch is recognised; chunks
 * are cut by sample and frame count only.
 */
class TelemetryEventsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final UUID BATCH = UUID.fromString("00000000-0000-0000-0000-00000000002a");

	private static final Instant RECEIVED = Instant.parse("2026-11-21T10:00:01.123456Z");

	private final TelemetryEvents events = new TelemetryEvents(
			TestProperties.with(Map.of("events.max-samples", "10", "events.max-frames", "3")));

	@Test
	void theSameFramesInAnyOrderGiveTheSameEvents() {
		List<StoredFrame> frames = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			frames.add(frame((i % 2 == 0) ? "ORB-2" : "ORB-1", i, 1 + i % 4));
		}
		List<StoredFrame> redelivered = new ArrayList<>(frames);
		Collections.shuffle(redelivered, new Random(7));

		List<TelemetryEvent> first = this.events.of(BATCH, RECEIVED, frames);
		List<TelemetryEvent> again = this.events.of(BATCH, RECEIVED, redelivered);

		assertThat(again).extracting(TelemetryEvent::id).containsExactlyElementsOf(ids(first));
		for (int i = 0; i < first.size(); i++) {
			assertThat(again.get(i).value()).isEqualTo(first.get(i).value());
		}
	}

	@Test
	void groupsBySpacecraftInIdOrderAndNumbersEachOnesChunks() {
		List<StoredFrame> frames = List.of(frame("ORB-2", 1, 2), frame("ORB-1", 1, 2), frame("ORB-2", 2, 2));

		assertThat(ids(this.events.of(BATCH, RECEIVED, frames))).containsExactly(BATCH + "/ORB-1/0",
				BATCH + "/ORB-2/0");
	}

	@Test
	void cutsAChunkBeforeItWouldExceedTheSampleLimit() {
		// 4 + 4 fit in 10; a third frame of 4 would make 12.
		List<StoredFrame> frames = List.of(frame("A", 1, 4), frame("A", 2, 4), frame("A", 3, 4), frame("A", 4, 4));

		List<TelemetryEvent> built = this.events.of(BATCH, RECEIVED, frames);

		assertThat(built).extracting(TelemetryEvent::frames).containsExactly(2, 2);
		assertThat(built).extracting(TelemetryEvent::samples).containsExactly(8, 8);
		assertThat(ids(built)).containsExactly(BATCH + "/A/0", BATCH + "/A/1");
	}

	@Test
	void cutsAChunkAtTheFrameLimit() {
		List<StoredFrame> frames = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			frames.add(frame("A", i, 1));
		}

		assertThat(this.events.of(BATCH, RECEIVED, frames)).extracting(TelemetryEvent::frames).containsExactly(3, 3, 1);
	}

	@Test
	void aFrameAboveTheSampleLimitIsAChunkOfItsOwn() {
		List<StoredFrame> frames = List.of(frame("A", 1, 2), frame("A", 2, 25), frame("A", 3, 2));

		assertThat(this.events.of(BATCH, RECEIVED, frames)).extracting(TelemetryEvent::samples)
			.containsExactly(2, 25, 2);
	}

	@Test
	void theBodyCarriesTheFramesInTimeOrderWithTheirSamplesAsGiven() {
		StoredFrame later = new StoredFrame("A", Instant.parse("2026-11-21T10:00:00.000002Z"), 7, 1, "{\"X\":true}");
		StoredFrame sameTimeLowerSequence = new StoredFrame("A", Instant.parse("2026-11-21T10:00:00.000001Z"), 9, 2,
				"{\"V\":28.1,\"M\":\"NOMINAL\"}");
		StoredFrame earlier = new StoredFrame("A", Instant.parse("2026-11-21T10:00:00.000001Z"), 8, 1, "{\"V\":1}");

		TelemetryEvent event = this.events.of(BATCH, RECEIVED, List.of(later, sameTimeLowerSequence, earlier)).get(0);

		JsonNode body = JSON.readTree(event.value());
		assertThat(body.get("spacecraftId").asString()).isEqualTo("A");
		assertThat(body.get("batchId").asString()).isEqualTo(BATCH.toString());
		assertThat(body.get("receivedAt").asString()).isEqualTo("2026-11-21T10:00:01.123456Z");
		assertThat(body.get("chunk").asInt()).isZero();
		assertThat(body.get("frames").findValuesAsString("timestamp")).containsExactly("2026-11-21T10:00:00.000001Z",
				"2026-11-21T10:00:00.000001Z", "2026-11-21T10:00:00.000002Z");
		assertThat(body.get("frames").findValues("sequence")).extracting(JsonNode::asLong).containsExactly(8L, 9L, 7L);
		assertThat(body.get("frames").get(1).get("samples").get("M").asString()).isEqualTo("NOMINAL");
		assertThat(event.frames()).isEqualTo(3);
		assertThat(event.samples()).isEqualTo(4);
	}

	private static StoredFrame frame(String spacecraft, long sequence, int samples) {
		StringBuilder json = new StringBuilder("{");
		for (int i = 0; i < samples; i++) {
			json.append((i > 0) ? "," : "").append("\"P").append(i).append("\":").append(sequence + i);
		}
		return new StoredFrame(spacecraft, Instant.parse("2026-11-21T10:00:00Z").plusMillis(100 * sequence), sequence,
				samples, json.append('}').toString());
	}

	private static List<String> ids(List<TelemetryEvent> events) {
		return events.stream().map(TelemetryEvent::id).toList();
	}

}

package space.orbit.processor.telemetry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import space.orbit.processor.TestProperties;
import space.orbit.telemetry.columnar.ColumnarRecord;
import space.orbit.telemetry.columnar.TelemetryColumn;
import space.orbit.telemetry.columnar.TelemetryColumns;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Building a batch's Kafka records ({@code orbit.telemetry.v2}): the same frames, in
 * whatever order they come and whether their samples were just parsed or read back from
 * the table as JSON, give the same records (ids and bytes), so a redelivered or recovered
 * batch is recognised; records are cut by their size only.
 */
class TelemetryEventsTest {

	private static final UUID BATCH = UUID.fromString("00000000-0000-0000-0000-00000000002a");

	private static final Instant RECEIVED = Instant.parse("2026-11-21T10:00:01.123456Z");

	private static final int LIMIT = 512;

	private final TelemetryEvents events = new TelemetryEvents(
			TestProperties.with(Map.of("events.max-record-bytes", Integer.toString(LIMIT))));

	@Test
	void theSameFramesInAnyOrderGiveTheSameEvents() {
		List<StoredFrame> frames = new ArrayList<>();
		for (int i = 0; i < 80; i++) {
			frames.add(frame((i % 2 == 0) ? "ORB-2" : "ORB-1", i, 1 + i % 4));
		}
		List<StoredFrame> redelivered = new ArrayList<>(frames);
		Collections.shuffle(redelivered, new Random(7));

		List<TelemetryEvent> first = this.events.of(BATCH, RECEIVED, frames);
		List<TelemetryEvent> again = this.events.of(BATCH, RECEIVED, redelivered);

		assertThat(first).hasSizeGreaterThan(2);
		assertThat(again).extracting(TelemetryEvent::id).containsExactlyElementsOf(ids(first));
		for (int i = 0; i < first.size(); i++) {
			assertThat(again.get(i).value()).isEqualTo(first.get(i).value());
		}
	}

	@Test
	void samplesJustParsedAndSamplesReadBackFromTheTableGiveTheSameBytes() {
		List<StoredFrame> parsed = new ArrayList<>();
		List<StoredFrame> fromTable = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			StoredFrame frame = frame("ORB-1", i, 3);
			fromTable.add(frame);
			parsed.add(new StoredFrame(frame.spacecraftId(), frame.timestamp(), frame.sequence(), frame.sampleCount(),
					frame.samplesJson(), frame.frame().samples()));
		}
		// jsonb's own text of the same samples: spaces after the colons.
		fromTable.set(0,
				new StoredFrame("ORB-1", fromTable.get(0).timestamp(), 0, 3, "{\"P0\": 0, \"P1\": 1, \"P2\": 2}"));

		List<TelemetryEvent> live = this.events.of(BATCH, RECEIVED, parsed);
		List<TelemetryEvent> recovered = this.events.of(BATCH, RECEIVED, fromTable);

		assertThat(recovered).extracting(TelemetryEvent::id).containsExactlyElementsOf(ids(live));
		for (int i = 0; i < live.size(); i++) {
			assertThat(recovered.get(i).value()).isEqualTo(live.get(i).value());
		}
	}

	@Test
	void groupsBySpacecraftInIdOrderAndNumbersEachOnesChunks() {
		List<StoredFrame> frames = List.of(frame("ORB-2", 1, 2), frame("ORB-1", 1, 2), frame("ORB-2", 2, 2));

		assertThat(ids(this.events.of(BATCH, RECEIVED, frames))).containsExactly(BATCH + "/ORB-1/0",
				BATCH + "/ORB-2/0");
	}

	@Test
	void cutsARecordBeforeItWouldExceedTheByteLimitKeepingEveryFrameInOrder() {
		List<StoredFrame> frames = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			frames.add(frame("A", i, 4));
		}

		List<TelemetryEvent> built = this.events.of(BATCH, RECEIVED, frames);

		assertThat(built).hasSizeGreaterThan(3);
		assertThat(built).allSatisfy(event -> assertThat(event.value()).hasSizeLessThanOrEqualTo(LIMIT));
		List<String> expectedIds = new ArrayList<>();
		List<Long> sequences = new ArrayList<>();
		for (int i = 0; i < built.size(); i++) {
			expectedIds.add(BATCH + "/A/" + i);
			TelemetryColumns record = ColumnarRecord.decode(built.get(i).value());
			assertThat(record.chunk()).isEqualTo(i);
			assertThat(built.get(i).frames()).isEqualTo(record.frameCount());
			assertThat(built.get(i).samples()).isEqualTo(record.sampleCount()).isEqualTo(4 * record.frameCount());
			for (long sequence : record.sequences()) {
				sequences.add(sequence);
			}
		}
		assertThat(ids(built)).containsExactlyElementsOf(expectedIds);
		assertThat(sequences).hasSize(100).isSorted().doesNotHaveDuplicates();
		assertThat(built.stream().mapToInt(TelemetryEvent::samples).sum()).isEqualTo(400);
	}

	@Test
	void aFrameAboveTheByteLimitIsARecordOfItsOwn() {
		List<StoredFrame> frames = List.of(frame("A", 1, 2), frame("A", 2, 200), frame("A", 3, 2));

		List<TelemetryEvent> built = this.events.of(BATCH, RECEIVED, frames);

		assertThat(built).extracting(TelemetryEvent::samples).containsExactly(2, 200, 2);
		assertThat(built.get(1).value()).hasSizeGreaterThan(LIMIT);
	}

	@Test
	void theRecordCarriesTheFramesInTimeOrderWithTheirSamplesAndTypes() {
		StoredFrame later = new StoredFrame("A", Instant.parse("2026-11-21T10:00:00.000002Z"), 7, 1, "{\"X\":true}");
		StoredFrame sameTimeLowerSequence = new StoredFrame("A", Instant.parse("2026-11-21T10:00:00.000001Z"), 9, 2,
				"{\"V\":28.1,\"M\":\"NOMINAL\"}");
		StoredFrame earlier = new StoredFrame("A", Instant.parse("2026-11-21T10:00:00.000001Z"), 8, 1, "{\"V\":1}");

		TelemetryEvent event = this.events.of(BATCH, RECEIVED, List.of(later, sameTimeLowerSequence, earlier)).get(0);

		TelemetryColumns record = ColumnarRecord.decode(event.value());
		assertThat(record.spacecraftId()).isEqualTo("A");
		assertThat(record.batchId()).isEqualTo(BATCH);
		assertThat(record.receivedAtMicros()).isEqualTo(1_795_255_201_123_456L);
		assertThat(record.chunk()).isZero();
		assertThat(record.times()).containsExactly(1_795_255_200_000_001L, 1_795_255_200_000_001L,
				1_795_255_200_000_002L);
		assertThat(record.sequences()).containsExactly(8L, 9L, 7L);
		assertThat(record.parameters()).containsExactly("M", "V", "X");
		TelemetryColumn mode = record.column("M");
		assertThat(mode.frameIndexes()).containsExactly(1);
		assertThat(mode.strings()).containsExactly("NOMINAL");
		TelemetryColumn voltage = record.column("V");
		assertThat(voltage.frameIndexes()).containsExactly(0, 1);
		assertThat(voltage.valueType(0).name()).isEqualTo("LONG");
		assertThat(voltage.longs()[0]).isEqualTo(1L);
		assertThat(voltage.valueType(1).name()).isEqualTo("DOUBLE");
		assertThat(voltage.doubles()[1]).isEqualTo(28.1);
		assertThat(record.column("X").booleans()).containsExactly(true);
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

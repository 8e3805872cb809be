package space.orbit.telemetry.columnar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import space.orbit.telemetry.Frame;
import space.orbit.telemetry.TelemetryRecord;
import space.orbit.telemetry.TelemetryRecordReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static space.orbit.telemetry.columnar.ColumnarFixtures.BATCH;
import static space.orbit.telemetry.columnar.ColumnarFixtures.RECEIVED;
import static space.orbit.telemetry.columnar.ColumnarFixtures.frame;
import static space.orbit.telemetry.columnar.ColumnarFixtures.samples;

class ColumnarRecordTest {

	private static final List<Frame> EVERY_TYPE = List.of(
			frame("ORB-1", 0, 7, "EPS.BATTERY.VOLTAGE", 28.125, "OBC.UPTIME", Long.MAX_VALUE, "ORBIT.ECLIPSE", true,
					"AOCS.MODE", "NADIR", "X.MIXED", 1L),
			frame("ORB-1", 1, 8, "EPS.BATTERY.VOLTAGE", -0.0, "OBC.UPTIME", Long.MIN_VALUE, "ORBIT.ECLIPSE", false,
					"AOCS.MODE", "", "X.MIXED", 2.5),
			frame("ORB-1", 2, 9, "EPS.BATTERY.VOLTAGE", Double.MAX_VALUE, "OBC.UPTIME", -1L, "ORBIT.ECLIPSE", true,
					"AOCS.MODE", "Ünïcødé \uD83D\uDE80 \"q\"", "X.MIXED", "SAFE"),
			frame("ORB-1", 3, 10, "EPS.BATTERY.VOLTAGE", Double.MIN_VALUE, "OBC.UPTIME", 0L, "ORBIT.ECLIPSE", false,
					"AOCS.MODE", "FINE_POINT", "X.MIXED", false));

	@Test
	void roundTripsEveryValueType() {
		byte[] record = ColumnarRecord.encode("ORB-1", BATCH, RECEIVED, 3, EVERY_TYPE);

		TelemetryColumns read = ColumnarRecord.decode(record);

		assertThat(read.spacecraftId()).isEqualTo("ORB-1");
		assertThat(read.batchId()).isEqualTo(BATCH);
		assertThat(read.receivedAtMicros()).isEqualTo(RECEIVED);
		assertThat(read.chunk()).isEqualTo(3);
		assertThat(read.sequences()).containsExactly(7, 8, 9, 10);
		assertThat(read.times()[1] - read.times()[0]).isEqualTo(1_000_000);
		assertThat(read.columns()).extracting(TelemetryColumn::name, TelemetryColumn::type)
			.containsExactly(tuple("AOCS.MODE", ColumnType.STRING), tuple("EPS.BATTERY.VOLTAGE", ColumnType.DOUBLE),
					tuple("OBC.UPTIME", ColumnType.LONG), tuple("ORBIT.ECLIPSE", ColumnType.BOOLEAN),
					tuple("X.MIXED", ColumnType.MIXED));
		assertThat(read.column("X.MIXED").valueType(2)).isEqualTo(ColumnType.STRING);
		assertThat(read.sampleCount()).isEqualTo(20);
		assertThat(samples(read)).isEqualTo(samples(EVERY_TYPE));
	}

	@Test
	void keepsSparseParametersInTheirFramesOnly() {
		List<Frame> frames = new ArrayList<>();
		for (int i = 0; i < 70; i++) {
			frames.add((i % 9 == 4) ? frame("ORB-1", i, i, "A", (double) i, "RARE", (long) i, "FLAG", i % 2 == 0)
					: frame("ORB-1", i, i, "A", (double) i));
		}

		TelemetryColumns read = ColumnarRecord.decode(ColumnarRecord.encode("ORB-1", BATCH, RECEIVED, 0, frames));

		assertThat(read.column("A").dense()).isTrue();
		TelemetryColumn rare = read.column("RARE");
		assertThat(rare.dense()).isFalse();
		assertThat(rare.frameIndexes()).containsExactly(4, 13, 22, 31, 40, 49, 58, 67);
		assertThat(rare.longs()).containsExactly(4, 13, 22, 31, 40, 49, 58, 67);
		assertThat(rare.present(13)).isTrue();
		assertThat(rare.present(14)).isFalse();
		assertThat(read.column("FLAG").booleans()).containsExactly(true, false, true, false, true, false, true, false);
		assertThat(samples(read)).isEqualTo(samples(frames));
	}

	@Test
	void keepsOneFrameOfEachTimeAndSequenceWhateverTheOrder() {
		Frame first = frame("ORB-1", 0, 1, "A", 1.0, "B", "x");
		Frame again = frame("ORB-1", 0, 1, "A", 1.0, "B", "x");
		Frame differing = frame("ORB-1", 0, 1, "A", 0.5);
		Frame next = frame("ORB-1", 0, 2, "A", 3.0);

		byte[] one = ColumnarRecord.encode("ORB-1", BATCH, RECEIVED, 0, List.of(first, again, next, differing));
		byte[] other = ColumnarRecord.encode("ORB-1", BATCH, RECEIVED, 0, List.of(differing, next, again, first));

		assertThat(one).isEqualTo(other);
		TelemetryColumns read = ColumnarRecord.decode(one);
		assertThat(read.frameCount()).isEqualTo(2);
		assertThat(read.column("A").doubles()).containsExactly(0.5, 3.0);
		assertThat(read.parameters()).containsExactly("A");
	}

	@Test
	void writesTheSameBytesForTheSameFramesInAnyOrder() {
		List<Frame> frames = new ArrayList<>(ColumnarFixtures.simulated("ORB-1", 60, 12));
		frames.add(frame("ORB-1", -5, 3, "LATE.ONLY", "x"));
		byte[] expected = ColumnarRecord.encode("ORB-1", BATCH, RECEIVED, 0, frames);
		Random random = new Random(7);
		for (int round = 0; round < 20; round++) {
			Collections.shuffle(frames, random);
			List<Frame> reordered = new ArrayList<>();
			for (Frame frame : frames) {
				List<String> names = new ArrayList<>(frame.samples().keySet());
				Collections.shuffle(names, random);
				Map<String, Object> samples = new LinkedHashMap<>();
				names.forEach(name -> samples.put(name, frame.samples().get(name)));
				reordered.add(new Frame(frame.spacecraftId(), frame.timestamp(), frame.sequence(), samples));
			}
			assertThat(ColumnarRecord.encode("ORB-1", BATCH, RECEIVED, 0, reordered)).isEqualTo(expected);
		}
	}

	@Test
	void readsTheSameSamplesAsTheJsonRecordOfTodayAndEncodesItTheSame() {
		List<Frame> frames = new ArrayList<>(ColumnarFixtures.simulated("ORB-1", 200, 42));
		frames.addAll(EVERY_TYPE);
		frames.add(frame("ORB-1", 9, 99, "ONLY.HERE", 42L));

		TelemetryRecord v1 = TelemetryRecordReader.read(ColumnarFixtures.v1("ORB-1", 0, frames));
		byte[] v2 = ColumnarRecord.encode("ORB-1", BATCH, RECEIVED, 0, frames);

		assertThat(samples(ColumnarRecord.decode(v2))).isEqualTo(samples(v1)).hasSize(200 * 42 + 21);
		assertThat(ColumnarRecord.encode(v1, 0)).isEqualTo(v2);
	}

	@Test
	void decodesOnlyTheColumnsAskedFor() {
		byte[] record = ColumnarRecord.encode("ORB-1", BATCH, RECEIVED, 0, EVERY_TYPE);

		TelemetryColumns read = ColumnarRecord.decode(record, "OBC.UPTIME"::equals);

		assertThat(read.columns()).extracting(TelemetryColumn::name).containsExactly("OBC.UPTIME");
		assertThat(read.column("AOCS.MODE")).isNull();
		assertThat(read.parameters()).hasSize(5);
		assertThat(read.sampleCount()).isEqualTo(20);
		assertThat(read.frameCount()).isEqualTo(4);
	}

	@Test
	void keepsFramesWithoutSamples() {
		TelemetryRecord v1 = new TelemetryRecord("ORB-1", BATCH.toString(), RECEIVED,
				List.of(new TelemetryRecord.Frame(5, 1, Map.of()), new TelemetryRecord.Frame(6, 2, Map.of("A", 1L))));

		TelemetryColumns read = ColumnarRecord.decode(ColumnarRecord.encode(v1, 0));

		assertThat(read.times()).containsExactly(5, 6);
		assertThat(read.column("A").frameIndexes()).containsExactly(1);
	}

	@Test
	void refusesWhatTheModelDoesNotHold() {
		assertThatThrownBy(() -> ColumnarRecord.encode("ORB-1", BATCH, RECEIVED, 0, List.of()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(
				() -> ColumnarRecord.encode("ORB-1", BATCH, RECEIVED, 0, List.of(frame("ORB-2", 0, 1, "A", 1L))))
			.hasMessageContaining("ORB-2");
		assertThatThrownBy(() -> ColumnarRecord.encode("ORB-1", BATCH, RECEIVED, 0,
				List.of(frame("ORB-1", 0, 1, "A", Double.NaN))))
			.hasMessageContaining("finite");
		assertThatThrownBy(
				() -> ColumnarRecord.encode("ORB-1", BATCH, RECEIVED, 0, List.of(frame("ORB-1", 0, 1, "A", 1))))
			.hasMessageContaining("java.lang.Integer");
		assertThatThrownBy(() -> ColumnarRecord.encode("ORB-1", UUID.randomUUID(), RECEIVED, -1,
				List.of(frame("ORB-1", 0, 1, "A", 1L))))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

}

package space.orbit.telemetry.columnar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;

import org.junit.jupiter.api.Test;

import space.orbit.telemetry.Frame;
import space.orbit.telemetry.TelemetryRecordReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static space.orbit.telemetry.columnar.ColumnarFixtures.BATCH;
import static space.orbit.telemetry.columnar.ColumnarFixtures.RECEIVED;
import static space.orbit.telemetry.columnar.ColumnarFixtures.frame;

class ColumnarBatchBuilderTest {

	@Test
	void writesTheRecordsSegmentCutMakesOfTheSameFrames() {
		List<Frame> frames = mixedBatch(new Random(5));
		for (int limit : new int[] { SegmentCut.DEFAULT_LIMIT, 1_500 }) {
			SortedMap<String, List<byte[]>> records = fill(frames).records(BATCH, RECEIVED, limit);

			assertThat(records.keySet()).containsExactly("ORB-1", "ORB-2", "ORB-3");
			assertThat(records.get("ORB-1")).hasSize((limit == 1_500) ? 4 : 1);
			records.forEach((spacecraftId, written) -> assertThat(written)
				.containsExactlyElementsOf(SegmentCut.records(spacecraftId, BATCH, RECEIVED,
						frames.stream().filter(f -> f.spacecraftId().equals(spacecraftId)).toList(), limit)));
		}
	}

	@Test
	void leavesOutAFrameNeverEndedAndRefusesASecondValueOfAParameterInAFrame() {
		ColumnarBatchBuilder builder = new ColumnarBatchBuilder();
		builder.startFrame();
		assertThat(builder.addDouble("A", 1.0)).isTrue();
		assertThat(builder.addLong("A", 2L)).isFalse();
		builder.endFrame("ORB-1", 10, 1);
		builder.startFrame();
		builder.addString("B", "left out");

		List<byte[]> records = builder.records(BATCH, RECEIVED).get("ORB-1");

		assertThat(records).containsExactly(ColumnarRecord.encode("ORB-1", BATCH, RECEIVED, 0,
				List.of(new Frame("ORB-1", java.time.Instant.EPOCH.plusNanos(10_000), 1, Map.of("A", 1.0)))));
	}

	@Test
	void refusesWhatTheModelDoesNotHold() {
		ColumnarBatchBuilder builder = new ColumnarBatchBuilder();
		assertThatThrownBy(() -> builder.addLong("A", 1)).isInstanceOf(IllegalStateException.class);
		builder.startFrame();
		assertThatThrownBy(() -> builder.addDouble("A", Double.POSITIVE_INFINITY))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> builder.addString("B", "\u0000")).isInstanceOf(IllegalArgumentException.class);
	}

	/**
	 * Three spacecraft, sparse and mixed parameters, duplicates alike and not, any order.
	 */
	private static List<Frame> mixedBatch(Random random) {
		List<Frame> frames = new ArrayList<>();
		for (String spacecraftId : List.of("ORB-2", "ORB-1", "ORB-3")) {
			frames.addAll(ColumnarFixtures.simulated(spacecraftId, 40, 9));
			for (int i = 0; i < 30; i++) {
				Object value = switch (random.nextInt(4)) {
					case 0 -> random.nextDouble();
					case 1 -> random.nextLong();
					case 2 -> random.nextBoolean();
					default -> "v" + random.nextInt(1_000);
				};
				frames.add(frame(spacecraftId, random.nextInt(5), random.nextInt(4), "X.SPARSE" + random.nextInt(3),
						value));
			}
		}
		frames.addAll(frames.subList(0, 10));
		Collections.shuffle(frames, random);
		return frames;
	}

	private static ColumnarBatchBuilder fill(List<Frame> frames) {
		ColumnarBatchBuilder builder = new ColumnarBatchBuilder();
		for (Frame frame : frames) {
			builder.startFrame();
			frame.samples().forEach((name, value) -> {
				switch (value) {
					case Double d -> builder.addDouble(name, d);
					case Long l -> builder.addLong(name, l);
					case Boolean b -> builder.addBoolean(name, b);
					default -> builder.addString(name, (String) value);
				}
			});
			builder.endFrame(frame.spacecraftId(), TelemetryRecordReader.micros(frame.timestamp()), frame.sequence());
		}
		return builder;
	}

}

package space.orbit.telemetry.columnar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import space.orbit.telemetry.Frame;

import static org.assertj.core.api.Assertions.assertThat;
import static space.orbit.telemetry.columnar.ColumnarFixtures.BATCH;
import static space.orbit.telemetry.columnar.ColumnarFixtures.RECEIVED;
import static space.orbit.telemetry.columnar.ColumnarFixtures.frame;
import static space.orbit.telemetry.columnar.ColumnarFixtures.samples;

class SegmentCutTest {

	@Test
	void keepsABatchOfTheSimulatorInOneRecord() {
		List<byte[]> records = SegmentCut.records("ORB-1", BATCH, RECEIVED,
				ColumnarFixtures.simulated("ORB-1", 200, 42));

		assertThat(records).hasSize(1);
		assertThat(ColumnarRecord.decode(records.getFirst()).sampleCount()).isEqualTo(8_400);
	}

	@Test
	void cutsUnderTheLimitInTimeOrderTheSameWayWhateverTheOrder() {
		List<Frame> frames = new ArrayList<>(ColumnarFixtures.simulated("ORB-1", 300, 20));
		frames.add(frame("ORB-1", 100_000, 1, "RARE.TEXT", "é".repeat(300)));
		List<byte[]> records = SegmentCut.records("ORB-1", BATCH, RECEIVED, frames, 8_192);

		assertThat(records).hasSizeGreaterThan(5)
			.allSatisfy(record -> assertThat(record.length).isLessThanOrEqualTo(8_192));
		Set<ColumnarFixtures.Sample> read = new HashSet<>();
		long previous = Long.MIN_VALUE;
		for (int chunk = 0; chunk < records.size(); chunk++) {
			TelemetryColumns columns = ColumnarRecord.decode(records.get(chunk));
			assertThat(columns.chunk()).isEqualTo(chunk);
			assertThat(columns.times()[0]).isGreaterThan(previous);
			previous = columns.times()[columns.frameCount() - 1];
			read.addAll(samples(columns));
		}
		assertThat(read).isEqualTo(samples(frames));
		Collections.shuffle(frames, new Random(3));
		assertThat(SegmentCut.records("ORB-1", BATCH, RECEIVED, frames, 8_192)).containsExactlyElementsOf(records);
	}

	@Test
	void givesAFrameBiggerThanTheLimitARecordOfItsOwn() {
		List<Frame> frames = List.of(frame("ORB-1", 0, 1, "A", 1.0), frame("ORB-1", 1, 2, "TEXT", "x".repeat(1_000)),
				frame("ORB-1", 2, 3, "A", 2.0));

		List<byte[]> records = SegmentCut.records("ORB-1", BATCH, RECEIVED, frames, 200);

		assertThat(records).hasSize(3);
		assertThat(ColumnarRecord.decode(records.get(1)).column("TEXT").strings()[0]).hasSize(1_000);
	}

}

package space.orbit.telemetry.columnar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import space.orbit.telemetry.Frame;

import static org.assertj.core.api.Assertions.assertThat;
import static space.orbit.telemetry.columnar.ColumnarFixtures.BATCH;
import static space.orbit.telemetry.columnar.ColumnarFixtures.RECEIVED;
import static space.orbit.telemetry.columnar.ColumnarFixtures.frame;

/**
 * The committed bytes of a small record (docs/telemetry-v2.md, "Golden file"): a change
 * to the encoding fails here before it reaches a topic or a table. Regenerate after an
 * intended format change with {@code -Dorbit.golden.write=true}.
 */
class ColumnarGoldenTest {

	static final String RESOURCE = "space/orbit/telemetry/columnar/golden-v2.bin";

	/** Where the generator writes it: the module's own test resources. */
	static final Path SOURCE = Path.of("src/test/resources", RESOURCE);

	/** Out of order, one duplicate, a sparse, a mixed and a non-ASCII value. */
	static final List<Frame> FRAMES = List.of(
			frame("ORB-1", 1, 43, "EPS.BATTERY.VOLTAGE", 28.0, "OBC.UPTIME", 12_346L, "ORBIT.ECLIPSE", true,
					"AOCS.MODE", "FINE_POINT", "X.MIXED", 2.5),
			frame("ORB-1", 0, 42, "EPS.BATTERY.VOLTAGE", 28.125, "OBC.UPTIME", 12_345L, "ORBIT.ECLIPSE", false,
					"AOCS.MODE", "NADIR", "X.MIXED", 1L, "THERMAL.NOTE", "ΔT"),
			frame("ORB-1", 1, 43, "EPS.BATTERY.VOLTAGE", 28.0, "OBC.UPTIME", 12_346L, "ORBIT.ECLIPSE", true,
					"AOCS.MODE", "FINE_POINT", "X.MIXED", 2.5),
			frame("ORB-1", 2, 40, "EPS.BATTERY.VOLTAGE", -1.5, "OBC.UPTIME", 12_347L, "ORBIT.ECLIPSE", true,
					"AOCS.MODE", "NADIR", "X.MIXED", "SAFE"));

	static byte[] encode() {
		return ColumnarRecord.encode("ORB-1", BATCH, RECEIVED, 0, FRAMES);
	}

	@Test
	void encodesTheGoldenRecordByteForByte() throws IOException {
		if (Boolean.getBoolean("orbit.golden.write")) {
			Files.createDirectories(SOURCE.getParent());
			Files.write(SOURCE, encode());
		}
		assertThat(encode()).isEqualTo(golden());
	}

	@Test
	void decodesTheGoldenRecord() throws IOException {
		TelemetryColumns read = ColumnarRecord.decode(golden());

		assertThat(read.spacecraftId()).isEqualTo("ORB-1");
		assertThat(read.batchId()).isEqualTo(BATCH);
		assertThat(read.receivedAtMicros()).isEqualTo(RECEIVED);
		assertThat(read.sequences()).containsExactly(42, 43, 40);
		assertThat(read.times()).containsExactly(1_795_255_200_000_001L, 1_795_255_201_000_001L,
				1_795_255_202_000_001L);
		assertThat(read.parameters()).containsExactly("AOCS.MODE", "EPS.BATTERY.VOLTAGE", "OBC.UPTIME", "ORBIT.ECLIPSE",
				"THERMAL.NOTE", "X.MIXED");
		assertThat(read.column("EPS.BATTERY.VOLTAGE").doubles()).containsExactly(28.125, 28.0, -1.5);
		assertThat(read.column("THERMAL.NOTE").strings()).containsExactly("ΔT");
		assertThat(read.column("THERMAL.NOTE").frameIndexes()).containsExactly(0);
		assertThat(ColumnarFixtures.samples(read)).isEqualTo(ColumnarFixtures.samples(FRAMES));
	}

	static byte[] golden() throws IOException {
		if (Boolean.getBoolean("orbit.golden.write")) {
			return Files.readAllBytes(SOURCE);
		}
		try (InputStream in = ColumnarGoldenTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			assertThat(in).as("golden file " + RESOURCE).isNotNull();
			return in.readAllBytes();
		}
	}

}

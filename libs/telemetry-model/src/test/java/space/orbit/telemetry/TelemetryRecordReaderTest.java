package space.orbit.telemetry;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TelemetryRecordReaderTest {

	@Test
	void readsTheBodyTheProcessorPublishes() {
		String body = "{\"spacecraftId\":\"ORB-1\",\"batchId\":\"4b0c1c6e-0f5e-4a8e-9d5b-2a7f3c1d0e11\","
				+ "\"receivedAt\":\"2026-11-21T10:00:01.500000Z\",\"chunk\":0,\"frames\":["
				+ "{\"timestamp\":\"2026-11-21T10:00:00.000001Z\",\"sequence\":42,"
				+ "\"samples\":{\"EPS.BATTERY.VOLTAGE\":28.1,\"OBC.UPTIME\":12345,\"ORBIT.ECLIPSE\":false,\"AOCS.MODE\":\"NADIR\"}},"
				+ "{\"timestamp\":\"2026-11-21T10:00:01.000000Z\",\"sequence\":43,\"samples\":{}}]}";
		TelemetryRecord record = TelemetryRecordReader.read(body.getBytes(StandardCharsets.UTF_8));
		assertThat(record.spacecraftId()).isEqualTo("ORB-1");
		assertThat(record.receivedAtMicros()).isEqualTo(1_795_255_201_500_000L);
		assertThat(record.frames()).hasSize(2);
		TelemetryRecord.Frame first = record.frames().getFirst();
		assertThat(first.timeMicros()).isEqualTo(1_795_255_200_000_001L);
		assertThat(first.sequence()).isEqualTo(42);
		assertThat(first.samples()).containsEntry("EPS.BATTERY.VOLTAGE", 28.1)
			.containsEntry("OBC.UPTIME", 12345L)
			.containsEntry("ORBIT.ECLIPSE", false)
			.containsEntry("AOCS.MODE", "NADIR");
		assertThat(record.sampleCount()).isEqualTo(4);
	}

	@Test
	void refusesOtherShapes() {
		assertThatThrownBy(() -> TelemetryRecordReader.read("[]".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> TelemetryRecordReader.read("{\"frames\":[]}".getBytes(StandardCharsets.UTF_8)))
			.hasMessageContaining("spacecraftId");
		assertThatThrownBy(() -> TelemetryRecordReader
			.read("{\"spacecraftId\":\"A\",\"frames\":[{\"sequence\":1}]}".getBytes(StandardCharsets.UTF_8)))
			.hasMessageContaining("timestamp");
	}

}

package space.orbit.dashboard.stream;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import space.orbit.telemetry.TelemetryRecordReader;

import static org.assertj.core.api.Assertions.assertThat;

class FleetStateTest {

	private final FleetState fleet = new FleetState("AOCS.MODE", "ORBIT.LATITUDE", "ORBIT.LONGITUDE");

	@Test
	void keepsTheNewestFramesContactModeAndPosition() {
		this.fleet
			.accept(TelemetryRecordReader.read(("{\"spacecraftId\":\"ORB-1\",\"receivedAt\":\"2026-12-05T10:00:01Z\","
					+ "\"frames\":[{\"timestamp\":\"2026-12-05T10:00:00Z\",\"sequence\":2,\"samples\":{\"AOCS.MODE\":\"NADIR\","
					+ "\"ORBIT.LATITUDE\":51.5,\"ORBIT.LONGITUDE\":-0.1}},"
					+ "{\"timestamp\":\"2026-12-05T09:59:59Z\",\"sequence\":1,\"samples\":{\"AOCS.MODE\":\"FINE_POINT\"}}]}")
				.getBytes(StandardCharsets.UTF_8)));
		this.fleet.accept(TelemetryRecordReader.read(("{\"spacecraftId\":\"ORB-1\",\"frames\":[{\"timestamp\":"
				+ "\"2026-12-05T09:00:00Z\",\"sequence\":0,\"samples\":{\"AOCS.MODE\":\"SAFE\"}}]}")
			.getBytes(StandardCharsets.UTF_8)));

		FleetState.Contact contact = this.fleet.contacts().getFirst();
		assertThat(contact.mode()).isEqualTo("NADIR");
		assertThat(contact.latitude()).isEqualTo(51.5);
		assertThat(contact.longitude()).isEqualTo(-0.1);
		assertThat(contact.lastFrameAt()).hasToString("2026-12-05T10:00:00Z");
	}

}

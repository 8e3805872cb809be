package space.orbit.dashboard.stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import space.orbit.dashboard.TelemetryEncoding;

import static org.assertj.core.api.Assertions.assertThat;

/** Over both encodings of a telemetry record. */
class FleetStateTest {

	private final FleetState fleet = new FleetState("AOCS.MODE", "ORBIT.LATITUDE", "ORBIT.LONGITUDE");

	@ParameterizedTest
	@EnumSource(TelemetryEncoding.class)
	void keepsTheNewestFramesContactModeAndPosition(TelemetryEncoding encoding) {
		this.fleet.accept(encoding
			.read(encoding.fromJson("{\"spacecraftId\":\"ORB-1\",\"receivedAt\":\"2026-12-05T10:00:01Z\","
					+ "\"frames\":[{\"timestamp\":\"2026-12-05T10:00:00Z\",\"sequence\":2,\"samples\":{\"AOCS.MODE\":\"NADIR\","
					+ "\"ORBIT.LATITUDE\":51.5,\"ORBIT.LONGITUDE\":-0.1}},"
					+ "{\"timestamp\":\"2026-12-05T09:59:59Z\",\"sequence\":1,\"samples\":{\"AOCS.MODE\":\"FINE_POINT\"}}]}")));
		this.fleet.accept(encoding.read(encoding.fromJson("{\"spacecraftId\":\"ORB-1\",\"frames\":[{\"timestamp\":"
				+ "\"2026-12-05T09:00:00Z\",\"sequence\":0,\"samples\":{\"AOCS.MODE\":\"SAFE\"}}]}")));

		FleetState.Contact contact = this.fleet.contacts().getFirst();
		assertThat(contact.mode()).isEqualTo("NADIR");
		assertThat(contact.latitude()).isEqualTo(51.5);
		assertThat(contact.longitude()).isEqualTo(-0.1);
		assertThat(contact.lastFrameAt()).hasToString("2026-12-05T10:00:00Z");
	}

	@ParameterizedTest
	@EnumSource(TelemetryEncoding.class)
	void takesTheFirstOfTheNewestFramesAndKeepsWhatItDoesNotReport(TelemetryEncoding encoding) {
		this.fleet.accept(encoding
			.read(encoding.fromJson("{\"spacecraftId\":\"ORB-1\",\"receivedAt\":\"2026-12-05T10:00:01Z\","
					+ "\"frames\":[{\"timestamp\":\"2026-12-05T10:00:00Z\",\"sequence\":1,\"samples\":{\"AOCS.MODE\":\"NADIR\","
					+ "\"ORBIT.LATITUDE\":51.5,\"ORBIT.LONGITUDE\":-0.1}}]}")));
		// The newest time has two frames: the first (sequence 3) counts; it reports its
		// mode as a number and its latitude, not its longitude (a flag is no position).
		this.fleet.accept(encoding
			.read(encoding.fromJson("{\"spacecraftId\":\"ORB-1\",\"receivedAt\":\"2026-12-05T10:00:06Z\","
					+ "\"frames\":[{\"timestamp\":\"2026-12-05T10:00:04Z\",\"sequence\":2,\"samples\":{\"AOCS.MODE\":\"SAFE\"}},"
					+ "{\"timestamp\":\"2026-12-05T10:00:05Z\",\"sequence\":3,\"samples\":{\"AOCS.MODE\":7,\"ORBIT.LATITUDE\":52,"
					+ "\"ORBIT.LONGITUDE\":true}},"
					+ "{\"timestamp\":\"2026-12-05T10:00:05Z\",\"sequence\":4,\"samples\":{\"AOCS.MODE\":\"IDLE\","
					+ "\"ORBIT.LATITUDE\":53.5,\"ORBIT.LONGITUDE\":1.5}}]}")));

		FleetState.Contact contact = this.fleet.contacts().getFirst();
		assertThat(contact.mode()).isEqualTo("7");
		assertThat(contact.latitude()).isEqualTo(52.0);
		assertThat(contact.longitude()).isEqualTo(-0.1);
		assertThat(contact.lastFrameAt()).hasToString("2026-12-05T10:00:05Z");
		assertThat(contact.receivedAt()).hasToString("2026-12-05T10:00:06Z");
	}

}

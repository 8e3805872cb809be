package space.orbit.registry;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import space.orbit.telemetry.FrameLimits;
import space.orbit.telemetry.FrameReader;
import space.orbit.telemetry.ParsedTelemetry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry accepts exactly the spacecraft ids and parameter names that telemetry
 * frames may carry: checked against the telemetry model's own reader.
 */
class NamesTest {

	private static final FrameReader READER = new FrameReader(FrameLimits.DEFAULT);

	private static final List<String> SPACECRAFT = List.of("ORB-1", "orb:1.a_b-c", "9", "_X", "-X", "", "A B", "ORB/1",
			"Ä", "A".repeat(128), "A".repeat(129));

	private static final List<String> PARAMETERS = List.of("EPS.BATTERY.VOLTAGE", "a_b.C9", "_x", "1A", ".A", "A.",
			"A..B", "A-B", "A:B", "", "A".repeat(128), "A".repeat(129));

	@Test
	void spacecraftIdsAgreeWithTelemetryFrames() {
		for (String id : SPACECRAFT) {
			assertThat(Names.isSpacecraftId(id)).as(id).isEqualTo(telemetryAccepts(id, "A.B"));
		}
	}

	@Test
	void parameterNamesAgreeWithTelemetryFrames() {
		for (String name : PARAMETERS) {
			assertThat(Names.isParameterName(name)).as(name).isEqualTo(telemetryAccepts("ORB-1", name));
		}
	}

	private static boolean telemetryAccepts(String spacecraftId, String parameter) {
		Instant now = Instant.parse("2026-11-21T10:00:00Z");
		String frame = "{\"spacecraftId\":\"" + spacecraftId + "\",\"timestamp\":\"" + now
				+ "\",\"sequence\":1,\"samples\":{\"" + parameter + "\":1.0}}";
		ParsedTelemetry parsed = READER.read(frame.getBytes(StandardCharsets.UTF_8), now);
		return parsed.valid();
	}

}

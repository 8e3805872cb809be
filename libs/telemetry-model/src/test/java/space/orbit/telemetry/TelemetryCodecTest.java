package space.orbit.telemetry;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TelemetryCodecTest {

	private final TelemetryCodec codec = new TelemetryCodec(FrameLimits.DEFAULT);

	@Test
	void roundTripsABatchExactly() {
		Map<String, Object> samples = new LinkedHashMap<>();
		samples.put("EPS.BATTERY.VOLTAGE", 28.125);
		samples.put("OBC.COUNTER", Long.MAX_VALUE);
		samples.put("AOCS.MODE", "SAFE \"quoted\" \\ \n");
		samples.put("EPS.SA.DEPLOYED", false);
		Instant receivedAt = Instant.parse("2026-11-21T10:00:01.000001Z");
		TelemetryBatch batch = new TelemetryBatch(UUID.randomUUID(), receivedAt,
				List.of(new Frame("ORB-1", Instant.parse("2026-11-21T10:00:00.123456Z"), 9, samples)));

		TelemetryBatch read = this.codec.read(this.codec.write(batch));

		assertThat(read).isEqualTo(batch);
	}

	@Test
	void keepsEachFramesSamplesAsTheJsonTextItWasWrittenAs() {
		Map<String, Object> first = new LinkedHashMap<>();
		first.put("A", 1.5);
		first.put("B", "x\"y");
		Map<String, Object> second = new LinkedHashMap<>();
		second.put("C", true);
		Instant now = Instant.parse("2026-11-21T10:00:00Z");
		TelemetryBatch batch = new TelemetryBatch(UUID.randomUUID(), now,
				List.of(new Frame("ORB-1", now, 1, first), new Frame("ORB-2", now, 2, second)));

		RawTelemetryBatch raw = this.codec.readWithRawSamples(this.codec.write(batch));

		assertThat(raw.batch()).isEqualTo(batch);
		assertThat(raw.samplesJson()).containsExactly("{\"A\":1.5,\"B\":\"x\\\"y\"}", "{\"C\":true}");
		assertThat(raw.samplesJson().stream().map(TelemetryCodec::readSamples)).containsExactly(first, second);
	}

	@Test
	void wrapsTheClientsValidatedFramesIntoTheCanonicalFormByteForByte() {
		FrameReader reader = new FrameReader(FrameLimits.DEFAULT);
		Instant receivedAt = Instant.parse("2026-11-21T10:00:05Z");
		String array = "[ {\"spacecraftId\":\"ORB-1\",\"timestamp\":\"2026-11-21T11:00:00+01:00\","
				+ "\"sequence\":1,\"samples\":{\"A\": 1.50, \"B\":true}, \"extra\":[1]} ]";
		String batch = "{ \"frames\" : " + array + " }";
		String single = "{\"spacecraftId\":\"ORB-2\",\"timestamp\":\"2026-11-21T10:00:00Z\",\"sequence\":2,\"samples\":{\"C\":\"x\"}}";
		UUID id = UUID.randomUUID();
		String head = "{\"batchId\":\"" + id + "\",\"receivedAt\":\"2026-11-21T10:00:05.000000Z\",\"frames\":";
		// the client's frames exactly as sent (spaces, "1.50", the offset, the unknown
		// field), a single frame wrapped in []
		Map<String, String> expected = Map.of(batch, head + array + "}", single, head + "[" + single + "]}");
		Map<String, String> samplesAsSent = Map.of(batch, "{\"A\": 1.50, \"B\":true}", single, "{\"C\":\"x\"}");

		for (String body : List.of(batch, single)) {
			ParsedTelemetry parsed = reader.read(body.getBytes(StandardCharsets.UTF_8), receivedAt);
			byte[] message = TelemetryCodec.envelope(id, receivedAt, parsed.framesJson());

			assertThat(message).as("%s", new String(message, StandardCharsets.UTF_8))
				.isEqualTo(expected.get(body).getBytes(StandardCharsets.UTF_8));
			RawTelemetryBatch read = this.codec.readWithRawSamples(message);
			assertThat(read.batch()).isEqualTo(new TelemetryBatch(id, receivedAt, parsed.frames()));
			assertThat(read.samplesJson()).containsExactly(samplesAsSent.get(body));
		}
	}

	@Test
	void judgesTimestampsAgainstTheTimeOfReceiptNotTheTimeOfReading() {
		String old = "{\"batchId\":\"" + UUID.randomUUID() + "\",\"receivedAt\":\"2020-01-01T00:00:00Z\","
				+ "\"frames\":[{\"spacecraftId\":\"ORB-1\",\"timestamp\":\"2020-01-01T00:00:00Z\",\"sequence\":1,"
				+ "\"samples\":{\"A\":1}}]}";

		assertThat(this.codec.read(old.getBytes(StandardCharsets.UTF_8)).frames()).hasSize(1);
	}

	@Test
	void refusesInvalidAndMalformedMessages() {
		String invalid = "{\"batchId\":\"" + UUID.randomUUID() + "\",\"receivedAt\":\"2026-01-01T00:00:00Z\","
				+ "\"frames\":[{\"spacecraftId\":\"ORB-1\",\"timestamp\":\"2026-01-01T00:00:00Z\",\"sequence\":1,"
				+ "\"samples\":{\"A\":null}}]}";

		assertThatThrownBy(() -> this.codec.read(invalid.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(InvalidTelemetryException.class);
		assertThatThrownBy(() -> this.codec.read("{\"batchId\":\"nope\"}".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(MalformedTelemetryException.class);
		assertThatThrownBy(() -> this.codec.read("not json".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(MalformedTelemetryException.class);
	}

	@Test
	void formatsTimestampsWithSixFractionalDigits() {
		assertThat(TelemetryCodec.formatTimestamp(Instant.parse("2026-11-21T10:00:00Z")))
			.isEqualTo("2026-11-21T10:00:00.000000Z");
	}

}

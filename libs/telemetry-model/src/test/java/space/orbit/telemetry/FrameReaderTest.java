package space.orbit.telemetry;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrameReaderTest {

	private static final Instant NOW = Instant.parse("2026-11-21T10:00:05Z");

	private final FrameReader reader = new FrameReader(FrameLimits.DEFAULT);

	private ParsedTelemetry read(String json) {
		return this.reader.read(json.getBytes(StandardCharsets.UTF_8), NOW);
	}

	private static String frame(String samples) {
		return frame("\"2026-11-21T10:00:00.000000Z\"", samples);
	}

	private static String frame(String timestamp, String samples) {
		return "{\"spacecraftId\":\"ORB-1\",\"timestamp\":" + timestamp + ",\"sequence\":42,\"samples\":" + samples
				+ "}";
	}

	@Test
	void readsABatchOfFramesWithEveryValueType() {
		ParsedTelemetry parsed = read("{\"frames\":[" + frame(
				"{\"EPS.BATTERY.VOLTAGE\":28.1,\"OBC.COUNTER\":7,\"AOCS.MODE\":\"NOMINAL\",\"EPS.SA.DEPLOYED\":true}")
				+ "," + frame("{\"THERMAL.PANEL.TEMP\":-12.5}") + "]}");

		assertThat(parsed.valid()).isTrue();
		assertThat(parsed.sampleCount()).isEqualTo(5);
		assertThat(parsed.frames()).hasSize(2);
		Frame first = parsed.frames().get(0);
		assertThat(first.spacecraftId()).isEqualTo("ORB-1");
		assertThat(first.sequence()).isEqualTo(42);
		assertThat(first.timestamp()).isEqualTo(Instant.parse("2026-11-21T10:00:00Z"));
		assertThat(first.samples()).containsExactly(Map.entry("EPS.BATTERY.VOLTAGE", 28.1),
				Map.entry("OBC.COUNTER", 7L), Map.entry("AOCS.MODE", "NOMINAL"), Map.entry("EPS.SA.DEPLOYED", true));
	}

	@Test
	void readsASingleFrameObject() {
		ParsedTelemetry parsed = read(frame("{\"EPS.BATTERY.VOLTAGE\":28.1}"));

		assertThat(parsed.valid()).isTrue();
		assertThat(parsed.frames()).singleElement().extracting(Frame::sampleCount).isEqualTo(1);
	}

	@Test
	void acceptsZoneOffsetsAndTruncatesToMicroseconds() {
		ParsedTelemetry parsed = read(frame("\"2026-11-21T11:00:00.123456789+01:00\"", "{\"A\":1}"));

		assertThat(parsed.frames().get(0).timestamp()).isEqualTo(Instant.parse("2026-11-21T10:00:00.123456Z"));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|',
			value = { "{\"A\":null}|wrong_type", "{\"A\":[1,2]}|wrong_type", "{\"A\":{\"b\":1}}|wrong_type",
					"{\"A\":NaN}|non_finite", "{\"A\":Infinity}|non_finite", "{\"A\":-Infinity}|non_finite",
					"{\"A\":1e400}|non_finite", "{}|empty_samples", "{\"A..B\":1}|invalid_name",
					"{\"A B\":1}|invalid_name", "{\"1A\":1}|invalid_name", "{\"A.\":1}|invalid_name",
					"{\"A\":1,\"A\":2}|duplicate_name", "{\"A\":\"a\\u0000b\"}|invalid_text",
					"{\"A\":\"\\ud800\"}|invalid_text", "{\"A\":\"x\\udc00\"}|invalid_text",
					"{\"A\":\"\\udc00\\ud800\"}|invalid_text" })
	void rejectsInvalidSamples(String samples, String reason) {
		ParsedTelemetry parsed = read(frame(samples));

		assertThat(parsed.valid()).isFalse();
		assertThat(parsed.frames()).isEmpty();
		assertThat(parsed.violations()).extracting(v -> v.reason().tag()).contains(reason);
	}

	@Test
	void acceptsAnyUnicodeTextThatCanBeStored() {
		ParsedTelemetry parsed = read(frame("{\"A\":\"\\ud83d\\ude80 Δv ok\",\"B\":\"\\u0001\"}"));

		assertThat(parsed.valid()).isTrue();
		assertThat(parsed.frames().get(0).samples()).containsEntry("A", "\ud83d\ude80 Δv ok")
			.containsEntry("B", "\u0001");
	}

	@Test
	void rejectsNamesAndStringsThatAreTooLong() {
		String longName = "P".repeat(129);
		String longValue = "v".repeat(1_025);

		assertThat(read(frame("{\"" + longName + "\":1}")).violations()).extracting(Violation::reason)
			.containsExactly(RejectionReason.TOO_LONG);
		assertThat(read(frame("{\"A\":\"" + longValue + "\"}")).violations()).extracting(Violation::reason)
			.containsExactly(RejectionReason.TOO_LONG);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|',
			value = { "\"2026-11-21 10:00:00\"|invalid_timestamp", "\"2026-11-21T10:00:00\"|invalid_timestamp",
					"12345|wrong_type", "\"2026-11-21T10:06:00Z\"|timestamp_out_of_window",
					"\"1970-01-01T00:00:00Z\"|timestamp_out_of_window" })
	void rejectsBadTimestamps(String timestamp, String reason) {
		ParsedTelemetry parsed = read(frame(timestamp, "{\"A\":1,\"B\":2}"));

		assertThat(parsed.violations()).extracting(v -> v.reason().tag()).containsExactly(reason);
		assertThat(parsed.violations().get(0).pointer()).isEqualTo("/timestamp");
		assertThat(parsed.rejectedSamples()).containsEntry(RejectionReason.valueOf(reason.toUpperCase()), 2);
	}

	@Test
	void rejectsBadSpacecraftIdsSequencesAndMissingFields() {
		assertThat(read("{\"spacecraftId\":\"ORB 1\",\"timestamp\":\"2026-11-21T10:00:00Z\",\"sequence\":1,"
				+ "\"samples\":{\"A\":1}}")
			.violations()).extracting(Violation::reason).containsExactly(RejectionReason.INVALID_NAME);
		assertThat(read("{\"spacecraftId\":\"ORB-1\",\"timestamp\":\"2026-11-21T10:00:00Z\",\"sequence\":-1,"
				+ "\"samples\":{\"A\":1}}")
			.violations()).extracting(Violation::reason).containsExactly(RejectionReason.INVALID_SEQUENCE);
		assertThat(read("{\"spacecraftId\":\"ORB-1\",\"timestamp\":\"2026-11-21T10:00:00Z\",\"sequence\":1.5,"
				+ "\"samples\":{\"A\":1}}")
			.violations()).extracting(Violation::reason).containsExactly(RejectionReason.INVALID_SEQUENCE);
		assertThat(read("{\"spacecraftId\":\"ORB-1\",\"samples\":{\"A\":1}}").violations())
			.extracting(Violation::pointer)
			.containsExactly("/timestamp", "/sequence");
		assertThat(read(
				"{\"spacecraftId\":7,\"timestamp\":\"2026-11-21T10:00:00Z\",\"sequence\":1," + "\"samples\":{\"A\":1}}")
			.violations()).extracting(Violation::reason).containsExactly(RejectionReason.WRONG_TYPE);
	}

	@Test
	void pointsAtTheOffendingValueInsideABatch() {
		ParsedTelemetry parsed = read(
				"{\"frames\":[" + frame("{\"A\":1}") + "," + frame("{\"A\":1,\"B/C\":\"x\",\"D\":null}") + "]}");

		assertThat(parsed.violations()).extracting(Violation::pointer)
			.containsExactly("/frames/1/samples/B~1C", "/frames/1/samples/D");
		assertThat(parsed.violationCount()).isEqualTo(2);
	}

	@Test
	void accountsForEveryRejectedSampleOnce() {
		ParsedTelemetry parsed = read(
				"{\"frames\":[" + frame("{\"A\":1,\"B\":2}") + "," + frame("{\"A\":NaN,\"B\":2,\"C\":3}") + ","
						+ frame("\"bad\"", "{\"A\":1,\"B\":2,\"C\":3,\"D\":4}") + "]}");

		assertThat(parsed.sampleCount()).isEqualTo(9);
		assertThat(parsed.rejectedSamples()).containsOnly(Map.entry(RejectionReason.NON_FINITE, 1),
				Map.entry(RejectionReason.INVALID_TIMESTAMP, 4), Map.entry(RejectionReason.BATCH_REJECTED, 4));
		assertThat(parsed.rejectedSamples().values().stream().mapToInt(Integer::intValue).sum())
			.isEqualTo(parsed.sampleCount());
	}

	@Test
	void rejectsBodiesThatAreNotAFrameOrABatch() {
		assertThat(read("[1,2]").violations()).extracting(Violation::reason)
			.containsExactly(RejectionReason.WRONG_TYPE);
		assertThat(read("{\"frames\":\"no\"}").violations()).extracting(Violation::reason)
			.containsExactly(RejectionReason.WRONG_TYPE);
		assertThat(read("{\"frames\":[]}").violations()).extracting(Violation::reason)
			.containsExactly(RejectionReason.EMPTY_SAMPLES);
		assertThat(read("{\"frames\":[" + frame("{\"A\":1}") + "],\"spacecraftId\":\"ORB-1\"}").valid()).isFalse();
	}

	@Test
	void enforcesTheFrameAndSampleLimits() {
		FrameReader small = new FrameReader(
				new FrameLimits(2, 2, 128, 16, FrameLimits.DEFAULT.maxPast(), FrameLimits.DEFAULT.maxFuture()));
		String three = "{\"frames\":[" + frame("{\"A\":1}") + "," + frame("{\"A\":1}") + "," + frame("{\"A\":1}")
				+ "]}";

		assertThat(small.read(three.getBytes(StandardCharsets.UTF_8), NOW).violations()).extracting(Violation::reason)
			.containsExactly(RejectionReason.TOO_MANY);
		assertThat(small.read(frame("{\"A\":1,\"B\":2,\"C\":3}").getBytes(StandardCharsets.UTF_8), NOW).violations())
			.extracting(Violation::reason)
			.containsExactly(RejectionReason.TOO_MANY);
	}

	@Test
	void reportsMalformedJsonWithItsLocation() {
		assertThatThrownBy(() -> read("{\"frames\":[{\"spacecraftId\":\"ORB-1\",}"))
			.isInstanceOf(MalformedTelemetryException.class)
			.hasMessageContaining("line 1");
		assertThatThrownBy(() -> read("")).isInstanceOf(MalformedTelemetryException.class);
		assertThatThrownBy(() -> read("{} {}")).isInstanceOf(MalformedTelemetryException.class);
	}

}

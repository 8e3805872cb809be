package space.orbit.analyzer.detection;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import space.orbit.analyzer.alerts.AlertEvent;
import space.orbit.telemetry.Frame;
import space.orbit.telemetry.columnar.ColumnarRecord;
import space.orbit.telemetry.columnar.TelemetryRecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Poison on the telemetry, rules and mission database topics is skipped and counted in
 * {@code orbit_events_invalid_total}; the store keeps the last good record under its key
 * and detection goes on.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(DetectionFixture.Encoding.class)
class PoisonRecordsTest {

	@Parameter
	DetectionFixture.Encoding encoding;

	private static final String BATTERY = "EPS.BATTERY.VOLTAGE";

	private static final byte[] BINARY = { (byte) 0xC3, 0x28, 0x00, (byte) 0xFF };

	@Test
	void unreadableOrInvalidRulesAreSkippedCountedAndTheLastGoodRuleStays() {
		try (DetectionFixture fixture = new DetectionFixture(this.encoding,
				TestRules.limits("battery", BATTERY, null, null, 30.0, null, 0))) {
			fixture.rawRule("battery", "{\"parameter\":".getBytes(StandardCharsets.UTF_8));
			fixture.rawRule("battery", BINARY);
			fixture.rawRule("battery", new byte[0]);
			fixture.rawRule("battery", "[1,2,3]".getBytes(StandardCharsets.UTF_8));
			fixture.rawRule(null, "{}".getBytes(StandardCharsets.UTF_8));
			fixture.rule(TestRules.limits("inverted", BATTERY, null, 30.0, 20.0, null, 0));

			fixture.sample("ORB-1", BATTERY, 31.0);

			assertThat(fixture.counter("orbit.events.invalid")).isEqualTo(6);
			assertThat(fixture.alerts()).extracting(AlertEvent::parameter, AlertEvent::ruleId)
				.containsExactly(tuple(BATTERY, "battery"));
		}
	}

	@Test
	void unreadableTelemetryRecordsOfEitherContractAreSkippedCountedAndDetectionGoesOn() {
		byte[] columns = ColumnarRecord.encode("ORB-1", UUID.randomUUID(), 1, 0,
				List.of(new Frame("ORB-1", DetectionFixture.START, 1, Map.of(BATTERY, 35.0))));
		byte[] flipped = columns.clone();
		flipped[columns.length / 2] ^= 0x10;
		byte[] json = "{\"spacecraftId\":\"ORB-1\",\"frames\":[{\"timestamp\":\"2026-11-21T10:00:00Z\",\"samples\":{\"B\":35.0}}]}"
			.getBytes(StandardCharsets.UTF_8);
		try (DetectionFixture fixture = new DetectionFixture(this.encoding,
				TestRules.limits("battery", BATTERY, null, null, 30.0, null, 0))) {
			fixture.rawTelemetry("ORB-1", TelemetryRecords.COLUMNS_CONTENT_TYPE, BINARY);
			fixture.rawTelemetry("ORB-1", TelemetryRecords.COLUMNS_CONTENT_TYPE, new byte[0]);
			fixture.rawTelemetry("ORB-1", TelemetryRecords.COLUMNS_CONTENT_TYPE,
					Arrays.copyOf(columns, columns.length - 5));
			fixture.rawTelemetry("ORB-1", TelemetryRecords.COLUMNS_CONTENT_TYPE, Arrays.copyOf(columns, 12));
			fixture.rawTelemetry("ORB-1", TelemetryRecords.COLUMNS_CONTENT_TYPE, flipped);
			fixture.rawTelemetry("ORB-1", TelemetryRecords.COLUMNS_CONTENT_TYPE, json);
			fixture.rawTelemetry("ORB-1", TelemetryRecords.COLUMNS_CONTENT_TYPE, null);
			fixture.rawTelemetry("ORB-1", TelemetryRecords.JSON_CONTENT_TYPE, BINARY);
			fixture.rawTelemetry("ORB-1", TelemetryRecords.JSON_CONTENT_TYPE, columns);
			fixture.rawTelemetry("ORB-1", TelemetryRecords.JSON_CONTENT_TYPE,
					"{\"frames\":".getBytes(StandardCharsets.UTF_8));
			fixture.rawTelemetry("ORB-1", null, columns);
			fixture.rawTelemetry("ORB-1", null, null);

			fixture.sample("ORB-1", BATTERY, 31.0);

			assertThat(fixture.counter("orbit.events.invalid")).isEqualTo(12);
			assertThat(fixture.counter("orbit.samples.analyzed")).isEqualTo(1);
			assertThat(fixture.alerts()).extracting(AlertEvent::parameter, AlertEvent::ruleId, AlertEvent::value)
				.containsExactly(tuple(BATTERY, "battery", 31.0));
		}
	}

	@Test
	void unreadableMissionDatabaseRecordsAreSkippedAndCounted() {
		try (DetectionFixture fixture = new DetectionFixture(this.encoding)) {
			fixture.rawRegistry("parameter/DEMO/BROKEN", "{\"missionId\":".getBytes(StandardCharsets.UTF_8));
			fixture.rawRegistry("not-a-key", "{}".getBytes(StandardCharsets.UTF_8));
			fixture.rawRegistry("mission/DEMO", BINARY);
			fixture.rawRegistry(null, "{}".getBytes(StandardCharsets.UTF_8));

			assertThat(fixture.counter("orbit.events.invalid")).isEqualTo(4);
		}
	}

}

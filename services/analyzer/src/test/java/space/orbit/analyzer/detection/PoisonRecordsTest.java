package space.orbit.analyzer.detection;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import space.orbit.analyzer.alerts.AlertEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Poison on the rules and mission database topics is skipped and counted in
 * {@code orbit_events_invalid_total}; the store keeps the last good record under its key
 * and detection goes on.
 */
class PoisonRecordsTest {

	private static final String BATTERY = "EPS.BATTERY.VOLTAGE";

	private static final byte[] BINARY = { (byte) 0xC3, 0x28, 0x00, (byte) 0xFF };

	@Test
	void unreadableOrInvalidRulesAreSkippedCountedAndTheLastGoodRuleStays() {
		try (DetectionFixture fixture = new DetectionFixture(
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
	void unreadableMissionDatabaseRecordsAreSkippedAndCounted() {
		try (DetectionFixture fixture = new DetectionFixture()) {
			fixture.rawRegistry("parameter/DEMO/BROKEN", "{\"missionId\":".getBytes(StandardCharsets.UTF_8));
			fixture.rawRegistry("not-a-key", "{}".getBytes(StandardCharsets.UTF_8));
			fixture.rawRegistry("mission/DEMO", BINARY);
			fixture.rawRegistry(null, "{}".getBytes(StandardCharsets.UTF_8));

			assertThat(fixture.counter("orbit.events.invalid")).isEqualTo(4);
		}
	}

}

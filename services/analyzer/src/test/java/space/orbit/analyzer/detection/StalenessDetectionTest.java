package space.orbit.analyzer.detection;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import space.orbit.analyzer.Severity;
import space.orbit.analyzer.alerts.AlertEvent;
import space.orbit.analyzer.alerts.AlertEvent.Change;
import space.orbit.analyzer.rules.Rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Staleness: found by the wall-clock punctuation with no data arriving, and by gaps in
 * sample time when data arrives.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(DetectionFixture.Encoding.class)
class StalenessDetectionTest {

	@Parameter
	DetectionFixture.Encoding encoding;

	private static final Map<String, Object> FRAME = Map.of("EPS.BUS.VOLTAGE", 28.0, "OBC.MODE", "NOMINAL");

	@Test
	void aSilentSpacecraftIsFoundWithNoDataArrivingAndClearsWhenDataReturns() {
		try (DetectionFixture fixture = new DetectionFixture(this.encoding,
				TestRules.staleness("silence", "*", Duration.ofSeconds(3), Severity.CRITICAL))) {
			for (int i = 0; i < 5; i++) {
				fixture.frame("ORB-1", DetectionFixture.START.plusSeconds(i), FRAME);
				fixture.tick(Duration.ofSeconds(1));
			}
			assertThat(fixture.alerts()).isEmpty();

			fixture.tick(Duration.ofSeconds(3));

			assertThat(fixture.alerts()).singleElement().satisfies(alert -> {
				assertThat(alert.change()).isEqualTo(Change.RAISED);
				assertThat(alert.detector()).isEqualTo("staleness");
				assertThat(alert.parameter()).isEqualTo("*");
				assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
				assertThat(alert.firstSeen()).isEqualTo(DetectionFixture.START.plusSeconds(4));
				assertThat(alert.threshold()).isEqualTo(3.0);
			});

			fixture.frame("ORB-1", DetectionFixture.START.plusSeconds(9), FRAME);

			assertThat(fixture.alerts()).extracting(AlertEvent::change).containsExactly(Change.RAISED, Change.CLEARED);
			assertThat(fixture.alerts().get(1).traceId()).isEqualTo(DetectionFixture.TRACE_ID);
		}
	}

	@Test
	void aParameterMissingFromItsFramesIsStaleWhileItsSpacecraftIsNot() {
		try (DetectionFixture fixture = new DetectionFixture(this.encoding,
				TestRules.staleness("silence", "*", Duration.ofSeconds(3), Severity.WARNING))) {
			for (int i = 0; i < 3; i++) {
				fixture.frame("ORB-1", DetectionFixture.START.plusSeconds(i), FRAME);
				fixture.tick(Duration.ofSeconds(1));
			}
			for (int i = 3; i < 10; i++) {
				fixture.frame("ORB-1", DetectionFixture.START.plusSeconds(i), Map.of("OBC.MODE", "NOMINAL"));
				fixture.tick(Duration.ofSeconds(1));
			}
			fixture.frame("ORB-1", DetectionFixture.START.plusSeconds(10), FRAME);

			assertThat(fixture.alerts())
				.extracting(AlertEvent::change, AlertEvent::parameter, AlertEvent::detector, AlertEvent::severity)
				.containsExactly(tuple(Change.RAISED, "EPS.BUS.VOLTAGE", "staleness", Severity.WARNING),
						tuple(Change.CLEARED, "EPS.BUS.VOLTAGE", "staleness", Severity.WARNING));
		}
	}

	@Test
	void aGapInSampleTimeIsReportedWhenDataArrivesAfterIt() {
		try (DetectionFixture fixture = new DetectionFixture(this.encoding,
				TestRules.staleness("silence", "*", Duration.ofSeconds(3), Severity.CRITICAL))) {
			Instant resumed = DetectionFixture.START.plusSeconds(61);
			fixture.frame("ORB-1", DetectionFixture.START, FRAME);
			fixture.frame("ORB-1", DetectionFixture.START.plusSeconds(1), FRAME);
			fixture.frame("ORB-1", resumed, FRAME);

			assertThat(fixture.alerts()).extracting(AlertEvent::change, AlertEvent::parameter, AlertEvent::value)
				.containsExactly(tuple(Change.RAISED, "*", 60.0), tuple(Change.CLEARED, "*", 60.0));
			assertThat(fixture.alerts().get(0).firstSeen()).isEqualTo(DetectionFixture.START.plusSeconds(1));
			assertThat(fixture.alerts().get(0).lastSeen()).isEqualTo(resumed);
		}
	}

	@Test
	void aSpacecraftWithoutAStalenessRuleIsNeverStaleWhileOneWithARuleIs() {
		Rule orb2Only = new Rule("orb2-silence", "*", "ORB-2", true, false, null, null, null, null,
				new Rule.Staleness(Duration.ofSeconds(3), Severity.CRITICAL), null);
		try (DetectionFixture fixture = new DetectionFixture(this.encoding, TestRules.battery(), orb2Only)) {
			fixture.frame("ORB-1", DetectionFixture.START, FRAME);
			fixture.frame("ORB-2", DetectionFixture.START, FRAME);
			fixture.tick(Duration.ofMinutes(10));

			assertThat(fixture.alerts()).as("every event (the raise, then its periodic updates) is ORB-2's")
				.extracting(AlertEvent::spacecraftId, AlertEvent::detector, AlertEvent::ruleId)
				.containsOnly(tuple("ORB-2", "staleness", "orb2-silence"));
			assertThat(fixture.alerts()).filteredOn((alert) -> alert.change() == Change.RAISED).hasSize(1);
		}
	}

	@Test
	void aStalenessRuleRaisesNothingForSpacecraftNeverSeen() {
		Rule namesOrb3 = new Rule("orb3-silence", "*", "ORB-3", true, false, null, null, null, null,
				new Rule.Staleness(Duration.ofSeconds(3), Severity.CRITICAL), null);
		try (DetectionFixture fixture = new DetectionFixture(this.encoding,
				TestRules.staleness("silence", "*", Duration.ofSeconds(3), Severity.WARNING), namesOrb3)) {
			fixture.frame("ORB-1", DetectionFixture.START, FRAME);
			fixture.tick(Duration.ofMinutes(10));

			assertThat(fixture.alerts()).as("every event (the raise, then its periodic updates) is ORB-1's")
				.extracting(AlertEvent::spacecraftId, AlertEvent::parameter)
				.containsOnly(tuple("ORB-1", "*"));
			assertThat(fixture.alerts()).filteredOn((alert) -> alert.change() == Change.RAISED).hasSize(1);
		}
	}

	@Test
	void aStreamThreadHeldLongerThanTheTimeoutDefersTheCheckInsteadOfCallingTheSpacecraftSilent() {
		try (DetectionFixture fixture = new DetectionFixture(this.encoding,
				TestRules.staleness("silence", "*", Duration.ofSeconds(3), Severity.CRITICAL))) {
			for (int i = 0; i < 5; i++) {
				fixture.frame("ORB-1", DetectionFixture.START.plusSeconds(i), FRAME);
				fixture.tick(Duration.ofSeconds(1));
			}
			double deferred = fixture.counter("orbit.silence.checks.deferred");

			fixture.hold(Duration.ofSeconds(5));

			assertThat(fixture.alerts()).as("frames may be waiting unread: no silence yet").isEmpty();
			assertThat(fixture.counter("orbit.silence.checks.deferred")).isEqualTo(deferred + 1);

			fixture.tick(Duration.ofSeconds(4));

			assertThat(fixture.alerts()).as("silent for the timeout after the thread runs again")
				.extracting(AlertEvent::change, AlertEvent::spacecraftId, AlertEvent::parameter)
				.containsExactly(tuple(Change.RAISED, "ORB-1", "*"));
		}
	}

}

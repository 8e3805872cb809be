package space.orbit.analyzer.detection;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;

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

/** Stuck values: no change over N samples or T seconds. */
@ParameterizedClass(name = "{0}")
@EnumSource(DetectionFixture.Encoding.class)
class StuckDetectionTest {

	@Parameter
	DetectionFixture.Encoding encoding;

	@Test
	void raisesAfterNIdenticalSamplesAndClearsWhenTheValueMoves() {
		try (DetectionFixture fixture = new DetectionFixture(this.encoding,
				TestRules.stuck("bus", "EPS.BUS.VOLTAGE", 4, null))) {
			fixture.series("ORB-1", "EPS.BUS.VOLTAGE", 28.01, 27.98, 28.02, 28.02, 28.02);
			assertThat(fixture.alerts()).isEmpty();

			fixture.series("ORB-1", "EPS.BUS.VOLTAGE", 28.02, 28.02, 27.97);

			assertThat(fixture.alerts()).extracting(AlertEvent::change, AlertEvent::detector, AlertEvent::severity)
				.containsExactly(tuple(Change.RAISED, "stuck", Severity.WARNING),
						tuple(Change.CLEARED, "stuck", Severity.WARNING));
			AlertEvent raised = fixture.alerts().get(0);
			assertThat(raised.value()).isEqualTo(28.02);
			assertThat(raised.firstSeen()).isEqualTo(DetectionFixture.START.plusSeconds(5));
			assertThat(raised.message()).contains("unchanged at 28.02 for 4 samples");
		}
	}

	@Test
	void raisesAfterTSecondsWhenTheRuleGivesADuration() {
		try (DetectionFixture fixture = new DetectionFixture(this.encoding,
				TestRules.stuck("uptime", "OBC.UPTIME", null, Duration.ofSeconds(3)))) {
			fixture.series("ORB-1", "OBC.UPTIME", 100, 101, 102, 102, 102);
			assertThat(fixture.alerts()).isEmpty();

			fixture.sample("ORB-1", "OBC.UPTIME", 102L);

			assertThat(fixture.alerts()).singleElement()
				.satisfies(alert -> assertThat(alert.change()).isEqualTo(Change.RAISED));
		}
	}

	@Test
	void aMinimumDurationKeepsAFastSampledSmoothSignalFromLookingStuck() {
		Rule rule = new Rule("z", "ORBIT.POSITION.Z", null, true, false, null, null, null,
				new Rule.Stuck(4, null, 0.0, Severity.WARNING, Duration.ofSeconds(3)), null, null);
		try (DetectionFixture fixture = new DetectionFixture(this.encoding, rule)) {
			// 100 frames a second: the position repeats at its resolution for 50 frames
			// (0.5 s) at a time, and moves on.
			Instant t = DetectionFixture.START;
			for (int i = 0; i < 400; i++) {
				fixture.frame("ORB-1", t, Map.of("ORBIT.POSITION.Z", 5320.0 + (i / 50) * 0.001));
				t = t.plusMillis(10);
			}
			assertThat(fixture.alerts()).isEmpty();

			// Truly stuck: the same value for 3 s of frames.
			for (int i = 0; i <= 300; i++) {
				fixture.frame("ORB-1", t, Map.of("ORBIT.POSITION.Z", 5320.5));
				t = t.plusMillis(10);
			}
			assertThat(fixture.alerts()).singleElement()
				.satisfies(alert -> assertThat(alert.message()).contains("unchanged at 5320.5"));
		}
	}

	@Test
	void withoutAMinimumDurationTheSameSignalLooksStuck() {
		try (DetectionFixture fixture = new DetectionFixture(this.encoding,
				TestRules.stuck("z", "ORBIT.POSITION.Z", 4, null))) {
			Instant t = DetectionFixture.START;
			for (int i = 0; i < 400; i++) {
				fixture.frame("ORB-1", t, Map.of("ORBIT.POSITION.Z", 5320.0 + (i / 50) * 0.001));
				t = t.plusMillis(10);
			}
			assertThat(fixture.alerts()).isNotEmpty();
		}
	}

	@Test
	void staysQuietOnAQuantizedNoisySignal() {
		Random random = new Random(42);
		try (DetectionFixture fixture = new DetectionFixture(this.encoding,
				TestRules.stuck("battery", "EPS.BATTERY.VOLTAGE", 4, Duration.ofSeconds(30)))) {
			for (int i = 0; i < 1_000; i++) {
				double value = Math.round((28 + 0.01 * random.nextGaussian()) * 1_000) / 1_000.0;
				fixture.sample("ORB-1", "EPS.BATTERY.VOLTAGE", value);
			}

			assertThat(fixture.alerts()).isEmpty();
		}
	}

}

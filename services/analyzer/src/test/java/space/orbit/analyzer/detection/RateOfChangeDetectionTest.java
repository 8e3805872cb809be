package space.orbit.analyzer.detection;

import java.time.Duration;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import space.orbit.analyzer.alerts.AlertEvent;
import space.orbit.analyzer.alerts.AlertEvent.Change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Rate of change, over samples at least a window apart, with hysteresis. */
@ParameterizedClass(name = "{0}")
@EnumSource(DetectionFixture.Encoding.class)
class RateOfChangeDetectionTest {

	@Parameter
	DetectionFixture.Encoding encoding;

	@Test
	void raisesOnAJumpAndClearsWhenTheValueSettles() {
		try (DetectionFixture fixture = new DetectionFixture(this.encoding,
				TestRules.rate("panel", "THERMAL.PANEL.TEMP", 0.5))) {
			fixture.series("ORB-1", "THERMAL.PANEL.TEMP", 20.0, 20.1, 20.2, 25.0, 25.1);

			assertThat(fixture.alerts()).extracting(AlertEvent::change, AlertEvent::detector, AlertEvent::value)
				.containsExactly(tuple(Change.RAISED, "rate_of_change", 25.0),
						tuple(Change.CLEARED, "rate_of_change", 25.1));
			AlertEvent raised = fixture.alerts().get(0);
			assertThat(raised.threshold()).isEqualTo(0.5);
			assertThat(raised.message()).contains("changing at 4.8");
		}
	}

	@Test
	void holdsInsideTheHysteresisBand() {
		try (DetectionFixture fixture = new DetectionFixture(this.encoding,
				TestRules.rate("panel", "THERMAL.PANEL.TEMP", 0.5))) {
			// rates: 0.6 (raise), 0.45 (above 0.4: hold), 0.3 (clear)
			fixture.series("ORB-1", "THERMAL.PANEL.TEMP", 20.0, 20.6, 21.05, 21.35);

			assertThat(fixture.alerts()).extracting(AlertEvent::change).containsExactly(Change.RAISED, Change.CLEARED);
			assertThat(fixture.alerts().get(1).value()).isEqualTo(21.35);
		}
	}

	@Test
	void staysQuietOnNoiseAndSlowTrendsEvenWithSamplesCloseTogether() {
		Random random = new Random(7);
		try (DetectionFixture fixture = new DetectionFixture(this.encoding,
				TestRules.rate("panel", "THERMAL.PANEL.TEMP", 0.5))) {
			for (int i = 0; i < 1_000; i++) {
				// 10 samples a second, noise 0.05, trend 0.1/s: sample to sample the
				// noise alone
				// reads as 0.7/s; over the 1 s window it is below 0.2/s
				double value = 20 + 0.01 * i + 0.05 * random.nextGaussian();
				fixture.frame("ORB-1", DetectionFixture.START.plusMillis(100L * i),
						Map.of("THERMAL.PANEL.TEMP", value));
				fixture.tick(Duration.ofMillis(100));
			}

			assertThat(fixture.alerts()).isEmpty();
		}
	}

}

package space.orbit.analyzer.detection;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import space.orbit.analyzer.alerts.AlertEvent;
import space.orbit.analyzer.alerts.AlertEvent.Change;
import space.orbit.analyzer.rules.Rule;

import static org.assertj.core.api.Assertions.assertThat;

/** The EWMA z-score: warm-up, noise bursts, single outliers, hysteresis. */
@ParameterizedClass(name = "{0}")
@EnumSource(DetectionFixture.Encoding.class)
class StatisticalDetectionTest {

	@Parameter
	DetectionFixture.Encoding encoding;

	private static final String BUS = "EPS.BUS.VOLTAGE";

	@Test
	void judgesNothingDuringTheWarmUp() {
		Random random = new Random(1);
		try (DetectionFixture fixture = new DetectionFixture(this.encoding, TestRules.statistical("bus", BUS))) {
			for (int i = 0; i < 29; i++) {
				fixture.sample("ORB-1", BUS, 28 + ((i % 2 == 0) ? 5 : -5) * random.nextDouble());
			}

			assertThat(fixture.alerts()).isEmpty();
		}
	}

	@Test
	void staysQuietOnNominalNoise() {
		Random random = new Random(42);
		try (DetectionFixture fixture = new DetectionFixture(this.encoding, TestRules.statistical("bus", BUS))) {
			nominal(fixture, random, 3_000);

			assertThat(fixture.alerts()).isEmpty();
		}
	}

	@Test
	void raisesWithinFiveSamplesOfANoiseBurstAndClearsAfterIt() {
		Random random = new Random(42);
		try (DetectionFixture fixture = new DetectionFixture(this.encoding, TestRules.statistical("bus", BUS))) {
			nominal(fixture, random, 200);
			for (int i = 0; i < 5; i++) {
				fixture.sample("ORB-1", BUS, 28 + 0.3 * random.nextGaussian());
			}
			assertThat(fixture.alerts()).first().satisfies(alert -> {
				assertThat(alert.change()).isEqualTo(Change.RAISED);
				assertThat(alert.detector()).isEqualTo("statistical");
				assertThat(alert.expectedLow()).isLessThan(28).isGreaterThan(27.7);
				assertThat(alert.expectedHigh()).isGreaterThan(28).isLessThan(28.3);
			});
			for (int i = 0; i < 30; i++) {
				fixture.sample("ORB-1", BUS, 28 + 0.3 * random.nextGaussian());
			}

			nominal(fixture, random, 30);

			assertThat(fixture.alerts()).extracting(AlertEvent::change).contains(Change.CLEARED);
			assertThat(fixture.alerts()).last().extracting(AlertEvent::change).isEqualTo(Change.CLEARED);
		}
	}

	@Test
	void aSingleOutlierRaisesNothingAndBarelyMovesTheAverages() {
		Random random = new Random(42);
		try (DetectionFixture fixture = new DetectionFixture(this.encoding, TestRules.statistical("bus", BUS))) {
			nominal(fixture, random, 200);
			fixture.sample("ORB-1", BUS, 40.0);
			nominal(fixture, random, 200);
			fixture.sample("ORB-1", BUS, 16.0);
			nominal(fixture, random, 200);

			assertThat(fixture.alerts()).isEmpty();
		}
	}

	@Test
	void ofTheChangeATrendAndIsolatedStepsAreNominalButNoiseIsNot() {
		Random random = new Random(42);
		String panel = "THERMAL.PANEL.TEMP";
		try (DetectionFixture fixture = new DetectionFixture(this.encoding,
				TestRules.statistical("panel", panel, Rule.Statistical.Input.CHANGE))) {
			double level = -40;
			for (int i = 0; i < 600; i++) {
				level += 0.27 + ((i % 150 == 149) ? 20 : 0);
				fixture.sample("ORB-1", panel, level + 0.2 * random.nextGaussian());
			}
			assertThat(fixture.alerts()).isEmpty();

			for (int i = 0; i < 5; i++) {
				level += 0.27;
				fixture.sample("ORB-1", panel, level + 2 * random.nextGaussian());
			}

			assertThat(fixture.alerts()).first().satisfies(alert -> {
				assertThat(alert.change()).isEqualTo(Change.RAISED);
				assertThat(alert.message()).contains("of the change");
			});
		}
	}

	private static void nominal(DetectionFixture fixture, Random random, int samples) {
		for (int i = 0; i < samples; i++) {
			fixture.sample("ORB-1", BUS, 28 + 0.03 * random.nextGaussian());
		}
	}

}

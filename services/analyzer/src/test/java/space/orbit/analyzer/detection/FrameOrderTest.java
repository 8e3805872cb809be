package space.orbit.analyzer.detection;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Out-of-order and duplicate frames are counted, not alerted. */
@ParameterizedClass(name = "{0}")
@EnumSource(DetectionFixture.Encoding.class)
class FrameOrderTest {

	@Parameter
	DetectionFixture.Encoding encoding;

	@Test
	void outOfOrderFramesAreCountedAndSkipped() {
		try (DetectionFixture fixture = new DetectionFixture(this.encoding, TestRules.battery())) {
			fixture.frame("ORB-1", DetectionFixture.START.plusSeconds(10), 10, Map.of("EPS.BATTERY.VOLTAGE", 28.0));
			fixture.frame("ORB-1", DetectionFixture.START.plusSeconds(5), 5, Map.of("EPS.BATTERY.VOLTAGE", 20.0));
			fixture.frame("ORB-1", DetectionFixture.START.plusSeconds(6), 6, Map.of("EPS.BATTERY.VOLTAGE", 20.0));

			assertThat(fixture.alerts()).isEmpty();
			assertThat(fixture.counter("orbit.frames.out_of_order", "spacecraft", "ORB-1")).isEqualTo(2);
			assertThat(fixture.counter("orbit.samples.analyzed")).isEqualTo(1);
		}
	}

	@Test
	void duplicateFramesAreCountedAndSkippedEvenWhenLate() {
		try (DetectionFixture fixture = new DetectionFixture(this.encoding, TestRules.battery())) {
			fixture.frame("ORB-1", DetectionFixture.START.plusSeconds(1), 1, Map.of("EPS.BATTERY.VOLTAGE", 28.0));
			fixture.frame("ORB-1", DetectionFixture.START.plusSeconds(2), 2, Map.of("EPS.BATTERY.VOLTAGE", 28.1));
			fixture.frame("ORB-1", DetectionFixture.START.plusSeconds(2), 2, Map.of("EPS.BATTERY.VOLTAGE", 20.0));
			fixture.frame("ORB-1", DetectionFixture.START.plusSeconds(1), 1, Map.of("EPS.BATTERY.VOLTAGE", 20.0));

			assertThat(fixture.alerts()).isEmpty();
			assertThat(fixture.counter("orbit.frames.duplicate", "spacecraft", "ORB-1")).isEqualTo(2);
			assertThat(fixture.counter("orbit.frames.out_of_order", "spacecraft", "ORB-1")).isZero();
		}
	}

	@Test
	void theMemoryOfFrameIdentitiesIsBoundedItsLatestAreCaughtAndOlderOnesForgotten() {
		try (DetectionFixture fixture = new DetectionFixture(this.encoding, TestRules.battery())) {
			int frames = SpacecraftState.RECENT + 1;
			for (int i = 1; i <= frames; i++) {
				fixture.frame("ORB-1", DetectionFixture.START.plusSeconds(i), i, Map.of("EPS.BATTERY.VOLTAGE", 28.0));
			}

			fixture.frame("ORB-1", DetectionFixture.START.plusSeconds(2), 2, Map.of("EPS.BATTERY.VOLTAGE", 20.0));
			assertThat(fixture.counter("orbit.frames.duplicate", "spacecraft", "ORB-1")).isEqualTo(1);
			fixture.frame("ORB-1", DetectionFixture.START.plusSeconds(1), 1, Map.of("EPS.BATTERY.VOLTAGE", 20.0));

			assertThat(fixture.counter("orbit.frames.duplicate", "spacecraft", "ORB-1")).isEqualTo(1);
			assertThat(fixture.counter("orbit.frames.out_of_order", "spacecraft", "ORB-1")).isEqualTo(1);
			assertThat(fixture.counter("orbit.samples.analyzed")).isEqualTo(frames);
			assertThat(fixture.alerts()).isEmpty();
		}
	}

	@Test
	void aFrameWithTheSameTimestampButAnotherSequenceIsAnalyzed() {
		try (DetectionFixture fixture = new DetectionFixture(this.encoding, TestRules.battery())) {
			fixture.frame("ORB-1", DetectionFixture.START, 1, Map.of("EPS.BATTERY.VOLTAGE", 28.0));
			fixture.frame("ORB-1", DetectionFixture.START, 2, Map.of("EPS.BATTERY.VOLTAGE", 24.0));

			assertThat(fixture.alerts()).hasSize(1);
		}
	}

	@Test
	void framesOfOtherSpacecraftAreJudgedOnTheirOwnClock() {
		try (DetectionFixture fixture = new DetectionFixture(this.encoding, TestRules.battery())) {
			fixture.frame("ORB-1", DetectionFixture.START.plusSeconds(100), 1, Map.of("EPS.BATTERY.VOLTAGE", 28.0));
			fixture.frame("ORB-2", DetectionFixture.START, 1, Map.of("EPS.BATTERY.VOLTAGE", 24.0));

			assertThat(fixture.alerts()).singleElement()
				.satisfies(alert -> assertThat(alert.spacecraftId()).isEqualTo("ORB-2"));
		}
	}

}

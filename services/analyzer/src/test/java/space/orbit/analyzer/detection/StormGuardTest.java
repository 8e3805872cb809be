package space.orbit.analyzer.detection;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import space.orbit.analyzer.alerts.AlertEvent;
import space.orbit.analyzer.alerts.AlertEvent.Change;

import static org.assertj.core.api.Assertions.assertThat;

/** Beyond a rate of new alerts per spacecraft, alerts fold into one storm alert. */
@ParameterizedClass(name = "{0}")
@EnumSource(DetectionFixture.Encoding.class)
class StormGuardTest {

	@Parameter
	DetectionFixture.Encoding encoding;

	private static final DetectionSettings SETTINGS = new DetectionSettings(Duration.ofSeconds(1),
			Duration.ofSeconds(10), Duration.ofHours(1), 3, Duration.ofMinutes(1), false);

	@Test
	void alertsBeyondTheRateFoldIntoOneStormAlertThatClearsWhenItIsOver() {
		try (DetectionFixture fixture = new DetectionFixture(this.encoding, SETTINGS, AlertTracing.NONE,
				TestRules.limits("all", "*", null, null, 10.0, null, 0))) {
			Map<String, Object> frame = new LinkedHashMap<>();
			for (int i = 1; i <= 6; i++) {
				frame.put("AUX.CH00" + i + ".VALUE", 11.0);
			}
			fixture.frame("ORB-1", DetectionFixture.START, frame);

			List<AlertEvent> storm = fixture.alerts();
			assertThat(storm).filteredOn(a -> a.detector().equals("limit")).hasSize(3);
			assertThat(storm).filteredOn(a -> a.detector().equals("storm")).first().satisfies(alert -> {
				assertThat(alert.change()).isEqualTo(Change.RAISED);
				assertThat(alert.parameter()).isEqualTo("*");
			});
			assertThat(fixture.counter("orbit.alerts.suppressed", "scope", "spacecraft")).isEqualTo(3);

			fixture.tick(Duration.ofSeconds(61));
			fixture.frame("ORB-1", DetectionFixture.START.plusSeconds(1), frame);

			assertThat(fixture.alerts()).filteredOn(a -> a.detector().equals("storm"))
				.extracting(AlertEvent::change, AlertEvent::count)
				.containsExactly(org.assertj.core.api.Assertions.tuple(Change.RAISED, 1L),
						org.assertj.core.api.Assertions.tuple(Change.CLEARED, 3L));
			assertThat(fixture.alerts()).filteredOn(a -> a.detector().equals("limit"))
				.filteredOn(a -> a.change() == Change.RAISED)
				.hasSize(6);
		}
	}

}

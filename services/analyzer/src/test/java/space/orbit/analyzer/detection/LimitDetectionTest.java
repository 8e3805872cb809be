package space.orbit.analyzer.detection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import space.orbit.analyzer.Severity;
import space.orbit.analyzer.alerts.AlertEvent;
import space.orbit.analyzer.alerts.AlertEvent.Change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Static limits: warning and critical, both sides, with hysteresis. */
@ParameterizedClass(name = "{0}")
@EnumSource(DetectionFixture.Encoding.class)
class LimitDetectionTest {

	@Parameter
	DetectionFixture.Encoding encoding;

	@Test
	void raisesEscalatesDropsAndClearsWithHysteresis() {
		try (DetectionFixture fixture = new DetectionFixture(this.encoding, TestRules.battery())) {
			fixture.series("ORB-1", "EPS.BATTERY.VOLTAGE", 28.0, 26.4, 25.4, 25.55, 26.0, 26.55, 26.7);

			assertThat(fixture.alerts()).extracting(AlertEvent::change, AlertEvent::severity, AlertEvent::value)
				.containsExactly(tuple(Change.RAISED, Severity.WARNING, 26.4),
						tuple(Change.UPDATED, Severity.CRITICAL, 25.4), tuple(Change.UPDATED, Severity.WARNING, 26.0),
						tuple(Change.CLEARED, Severity.WARNING, 26.7));
		}
	}

	@Test
	void anAlertCarriesWhatAnOperatorNeeds() {
		try (DetectionFixture fixture = new DetectionFixture(this.encoding, TestRules.battery())) {
			fixture.series("ORB-1", "EPS.BATTERY.VOLTAGE", 28.0, 30.1);

			AlertEvent raised = fixture.alerts().get(0);
			assertThat(raised.detector()).isEqualTo("limit");
			assertThat(raised.ruleId()).isEqualTo("battery");
			assertThat(raised.spacecraftId()).isEqualTo("ORB-1");
			assertThat(raised.parameter()).isEqualTo("EPS.BATTERY.VOLTAGE");
			assertThat(raised.severity()).isEqualTo(Severity.CRITICAL);
			assertThat(raised.threshold()).isEqualTo(29.8);
			assertThat(raised.expectedLow()).isEqualTo(25.5);
			assertThat(raised.expectedHigh()).isEqualTo(29.8);
			assertThat(raised.firstSeen()).isEqualTo(DetectionFixture.START.plusSeconds(1));
			assertThat(raised.lastSeen()).isEqualTo(raised.firstSeen());
			assertThat(raised.count()).isEqualTo(1);
			assertThat(raised.traceId()).isEqualTo(DetectionFixture.TRACE_ID);
			assertThat(raised.receivedAt()).isEqualTo(raised.firstSeen().plusMillis(200));
			assertThat(raised.batchId()).isNotBlank();
			assertThat(raised.message()).contains("above critical limit 29.8");
			var record = fixture.records().get(0);
			assertThat(record.key()).isEqualTo("ORB-1");
			assertThat(new String(record.headers().lastHeader("ce_type").value())).isEqualTo(AlertEvent.TYPE);
			assertThat(new String(record.headers().lastHeader("ce_id").value())).isEqualTo(raised.id());
			assertThat(new String(record.headers().lastHeader("traceparent").value()))
				.contains(DetectionFixture.TRACE_ID);
			assertThat(fixture.counter("orbit.alerts.raised", "severity", "CRITICAL", "rule", "battery")).isEqualTo(1);
			assertThat(fixture.timer("orbit.pipeline.latency", "stage", "alerted").count()).isEqualTo(1);
		}
	}

	@Test
	void everyRecordIsTimedOnceWhenItsSamplesHaveBeenChecked() {
		try (DetectionFixture fixture = new DetectionFixture(this.encoding, TestRules.battery())) {
			assertThat(fixture.timer("orbit.pipeline.latency", "stage", "checked").count()).isZero();

			fixture.series("ORB-1", "EPS.BATTERY.VOLTAGE", 28.0, 28.1, 28.2);

			assertThat(fixture.timer("orbit.pipeline.latency", "stage", "checked").count()).isEqualTo(3);
			assertThat(fixture.counter("orbit.samples.analyzed")).isEqualTo(3);
		}
	}

	@Test
	void anAlertThatLastsIsResentWithItsCountAtTheUpdateInterval() {
		try (DetectionFixture fixture = new DetectionFixture(this.encoding, TestRules.battery())) {
			for (int i = 0; i < 12; i++) {
				fixture.sample("ORB-1", "EPS.BATTERY.VOLTAGE", 29.5);
			}

			assertThat(fixture.alerts()).extracting(AlertEvent::change, AlertEvent::count)
				.containsExactly(tuple(Change.RAISED, 1L), tuple(Change.UPDATED, 11L));
			assertThat(fixture.alerts()).extracting(AlertEvent::id).doesNotHaveDuplicates();
		}
	}

	@Test
	void staysQuietOnNominalNoiseAndOneSidedLimitsWork() {
		Random random = new Random(42);
		try (DetectionFixture fixture = new DetectionFixture(this.encoding, TestRules.battery(),
				TestRules.limits("altitude", "ORBIT.ALTITUDE", 300.0, 350.0, null, null, 1.0))) {
			for (int i = 0; i < 500; i++) {
				fixture.frame("ORB-2", DetectionFixture.START.plusSeconds(i), Map.of("EPS.BATTERY.VOLTAGE",
						28.2 + 0.3 * random.nextGaussian(), "ORBIT.ALTITUDE", 420 + 10 * random.nextGaussian()));
				fixture.tick(Duration.ofSeconds(1));
			}
			List<AlertEvent> quiet = new ArrayList<>(fixture.alerts());
			fixture.frame("ORB-2", DetectionFixture.START.plusSeconds(500), Map.of("ORBIT.ALTITUDE", 299.0));

			assertThat(quiet).isEmpty();
			assertThat(fixture.alerts()).singleElement()
				.satisfies(alert -> assertThat(alert.severity()).isEqualTo(Severity.CRITICAL))
				.satisfies(alert -> assertThat(alert.threshold()).isEqualTo(300.0));
			assertThat(fixture.counter("orbit.samples.analyzed")).isEqualTo(1001);
		}
	}

}

package space.orbit.analyzer.detection;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import space.orbit.analyzer.Severity;
import space.orbit.analyzer.alerts.AlertEvent;
import space.orbit.analyzer.alerts.AlertEvent.Change;
import space.orbit.telemetry.Frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Records of many frames, as the processor publishes them, in either contract
 * ({@code orbit.telemetry.v1} JSON or {@code v2} columns): checked frame by frame in time
 * order and parameter by parameter within a frame, whatever the columns' types and
 * however sparse, with duplicate and late frames counted across records.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(DetectionFixture.Encoding.class)
class TelemetryContractsTest {

	private static final String BATTERY = "EPS.BATTERY.VOLTAGE";

	private static final String MODE = "OBC.MODE";

	private static final String FLAG = "AUX.FLAG";

	private static final String COUNTER = "OBC.COUNTER";

	@Parameter
	DetectionFixture.Encoding encoding;

	@Test
	void aRecordOfManyFramesIsCheckedFrameByFrameAndParameterByParameter() {
		try (DetectionFixture fixture = new DetectionFixture(this.encoding, TestRules.battery(),
				TestRules.stuck("mode", MODE, 3, null),
				TestRules.limits("counter", COUNTER, null, null, 2.5, null, 0))) {
			fixture.record("ORB-1", at(4).plusMillis(200),
					List.of(frame(0, 1, Map.of(BATTERY, 28.0, MODE, "SAFE", COUNTER, 1L, FLAG, true)),
							frame(1, 2, Map.of(BATTERY, 29.5, MODE, "SAFE", FLAG, 1L)),
							frame(2, 3, Map.of(MODE, "SAFE", COUNTER, 3L, FLAG, "up")),
							frame(3, 4, Map.of(BATTERY, 30.0, MODE, "NOMINAL", COUNTER, 2L)),
							frame(4, 5, Map.of(BATTERY, 28.0, FLAG, 0.5))));

			assertThat(fixture.alerts())
				.extracting(AlertEvent::parameter, AlertEvent::detector, AlertEvent::change, AlertEvent::severity,
						AlertEvent::value, AlertEvent::lastSeen)
				.containsExactly(tuple(BATTERY, "limit", Change.RAISED, Severity.WARNING, 29.5, at(1)),
						tuple(COUNTER, "limit", Change.RAISED, Severity.WARNING, 3.0, at(2)),
						tuple(MODE, "stuck", Change.RAISED, Severity.WARNING, "SAFE", at(2)),
						tuple(BATTERY, "limit", Change.UPDATED, Severity.CRITICAL, 30.0, at(3)),
						tuple(COUNTER, "limit", Change.CLEARED, Severity.WARNING, 2.0, at(3)),
						tuple(MODE, "stuck", Change.CLEARED, Severity.WARNING, "NOMINAL", at(3)),
						tuple(BATTERY, "limit", Change.CLEARED, Severity.CRITICAL, 28.0, at(4)));
			assertThat(fixture.alerts()).filteredOn(alert -> alert.change() == Change.CLEARED)
				.extracting(AlertEvent::message)
				.containsExactly("back to nominal at 2", "back to nominal at NOMINAL", "back to nominal at 28.0");
			assertThat(fixture.alerts()).allSatisfy(alert -> {
				assertThat(alert.traceId()).isEqualTo(DetectionFixture.TRACE_ID);
				assertThat(alert.receivedAt()).isEqualTo(at(4).plusMillis(200));
				assertThat(alert.batchId()).isNotBlank();
			});
			assertThat(fixture.counter("orbit.samples.analyzed")).isEqualTo(15);
			assertThat(fixture.timer("orbit.pipeline.latency", "stage", "checked").count()).isEqualTo(1);
		}
	}

	@Test
	void duplicateAndLateFramesInsideARecordAreCountedAndTheOthersChecked() {
		try (DetectionFixture fixture = new DetectionFixture(this.encoding, TestRules.battery())) {
			fixture.record("ORB-1", at(2), List.of(frame(0, 1, Map.of(BATTERY, 28.0)),
					frame(1, 2, Map.of(BATTERY, 28.1)), frame(2, 3, Map.of(BATTERY, 28.2))));

			fixture.record("ORB-1", at(4),
					List.of(frame(1, 9, Map.of(BATTERY, 20.0)), frame(2, 3, Map.of(BATTERY, 20.0)),
							frame(3, 4, Map.of(BATTERY, 29.5)), frame(4, 5, Map.of(BATTERY, 28.0))));

			assertThat(fixture.counter("orbit.frames.duplicate", "spacecraft", "ORB-1")).isEqualTo(1);
			assertThat(fixture.counter("orbit.frames.out_of_order", "spacecraft", "ORB-1")).isEqualTo(1);
			assertThat(fixture.counter("orbit.samples.analyzed")).isEqualTo(5);
			assertThat(fixture.alerts()).extracting(AlertEvent::change, AlertEvent::value)
				.containsExactly(tuple(Change.RAISED, 29.5), tuple(Change.CLEARED, 28.0));
		}
	}

	@Test
	void aRecordWithoutAContentTypeIsReadAsJson() {
		try (DetectionFixture fixture = new DetectionFixture(this.encoding, TestRules.battery())) {
			fixture.rawTelemetry("ORB-1", null, DetectionFixture.json("ORB-1", UUID.randomUUID(), at(1),
					List.of(frame(0, 1, Map.of(BATTERY, 28.0)), frame(1, 2, Map.of(BATTERY, 30.0)))));

			assertThat(fixture.alerts()).extracting(AlertEvent::change, AlertEvent::severity, AlertEvent::value)
				.containsExactly(tuple(Change.RAISED, Severity.CRITICAL, 30.0));
			assertThat(fixture.counter("orbit.samples.analyzed")).isEqualTo(2);
			assertThat(fixture.counter("orbit.events.invalid")).isZero();
		}
	}

	private static Frame frame(int second, long sequence, Map<String, Object> samples) {
		return new Frame("ORB-1", at(second), sequence, samples);
	}

	private static Instant at(int second) {
		return DetectionFixture.START.plusSeconds(second);
	}

}

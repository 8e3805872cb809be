package space.orbit.analyzer.detection;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import space.orbit.analyzer.Severity;
import space.orbit.analyzer.alerts.AlertEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alert events join the trace of the sample that raised them, and what the detectors know
 * lives in the state stores (changelogged, so a restart resumes from it).
 */
@ParameterizedClass(name = "{0}")
@EnumSource(DetectionFixture.Encoding.class)
class AlertTracingTest {

	@Parameter
	DetectionFixture.Encoding encoding;

	private static final String CHILD = "00-" + DetectionFixture.TRACE_ID + "-1111111111111111-01";

	@Test
	void anAlertsSpanIsAChildOfTheSamplesTraceAndItsContextTravelsWithTheEvent() {
		List<String> parents = new ArrayList<>();
		AlertTracing tracing = (name, parent, tags) -> {
			parents.add(parent);
			return (parent != null) ? CHILD : "00-0af7651916cd43dd8448eb211c80319c-2222222222222222-01";
		};
		try (DetectionFixture fixture = new DetectionFixture(this.encoding, DetectionSettings.DEFAULTS.inMemory(),
				tracing, TestRules.battery(),
				TestRules.staleness("silence", "*", Duration.ofSeconds(3), Severity.CRITICAL))) {
			fixture.series("ORB-1", "EPS.BATTERY.VOLTAGE", 28.0, 30.0);
			fixture.tick(Duration.ofSeconds(5));

			List<AlertEvent> alerts = fixture.alerts();
			assertThat(parents).containsExactly(DetectionFixture.TRACEPARENT, null);
			assertThat(alerts.get(0).traceId()).isEqualTo(DetectionFixture.TRACE_ID);
			assertThat(new String(fixture.records().get(0).headers().lastHeader("traceparent").value(),
					StandardCharsets.UTF_8))
				.isEqualTo(CHILD);
			assertThat(alerts.get(1).detector()).isEqualTo("staleness");
			assertThat(alerts.get(1).traceId()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
		}
	}

	@Test
	void theDetectorsStateIsInTheStoresOnPersistentStoresToo() {
		try (DetectionFixture fixture = new DetectionFixture(this.encoding, DetectionSettings.DEFAULTS,
				AlertTracing.NONE, TestRules.stuck("bus", "EPS.BUS.VOLTAGE", 4, null), TestRules.battery())) {
			fixture.series("ORB-1", "EPS.BUS.VOLTAGE", 28.01, 28.02, 28.02, 28.02);
			fixture.frame("ORB-1", DetectionFixture.START.plusSeconds(4), Map.of("EPS.BATTERY.VOLTAGE", 30.0));

			KeyValueStore<String, ParameterState> parameters = fixture.driver
				.getKeyValueStore(AnalyzerTopology.PARAMETER_STORE);
			KeyValueStore<String, SpacecraftState> spacecraft = fixture.driver
				.getKeyValueStore(AnalyzerTopology.SPACECRAFT_STORE);
			assertThat(parameters.get("ORB-1/EPS.BUS.VOLTAGE").stuckCount).isEqualTo(3);
			assertThat(parameters.get("ORB-1/EPS.BATTERY.VOLTAGE").alerts).containsKey("limit");
			assertThat(spacecraft.get("ORB-1").lastSequence).isEqualTo(5);
			assertThat(fixture.alerts()).extracting(AlertEvent::detector).containsExactly("limit");
		}
	}

}

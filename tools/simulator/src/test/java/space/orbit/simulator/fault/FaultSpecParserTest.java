package space.orbit.simulator.fault;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import space.orbit.simulator.model.ParameterCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Fault specs: the grammar, the checks against the run, and the alert each declares. */
class FaultSpecParserTest {

	private final FaultSpecParser parser = new FaultSpecParser(5, ParameterCatalog.MODELLED);

	@Test
	void readsTheExamplesOfTheIssue() {
		assertThat(this.parser.parse("stuck:ORB-2:THERMAL.PANEL.TEMP@+30s"))
			.isEqualTo(new FaultSpec(FaultType.STUCK, "ORB-2", "THERMAL.PANEL.TEMP", Duration.ofSeconds(30), null));
		assertThat(this.parser.parse("silent:ORB-3@+1m/2m"))
			.isEqualTo(new FaultSpec(FaultType.SILENT, "ORB-3", null, Duration.ofMinutes(1), Duration.ofMinutes(2)));
		assertThat(this.parser.parse(" spike:ORB-1:EPS.BATTERY.VOLTAGE@+10s ").offset()).hasSeconds(10);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			undervoltage:ORB-1@+1h30m           | undervoltage:ORB-1:EPS.BATTERY.VOLTAGE@+1h30m
			overspeed:ORB-4@+500ms/2m           | overspeed:ORB-4:AOCS.RW1.SPEED@+500ms/2m
			OVERSPEED:ORB-4:AOCS.RW4.SPEED@+0s  | overspeed:ORB-4:AOCS.RW4.SPEED@+0s
			duplicate:ORB-5@+2m                 | duplicate:ORB-5@+2m/10s
			dropout:ORB-1:AOCS.MODE@+PT1M/1d    | dropout:ORB-1:AOCS.MODE@+1m/1d
			stuck:ORB-1:OBC.UPTIME@+90s         | stuck:ORB-1:OBC.UPTIME@+1m30s
			""")
	void fillsDefaultsAndPrintsTheCanonicalForm(String spec, String canonical) {
		FaultSpec parsed = this.parser.parse(spec);
		assertThat(parsed).hasToString(canonical);
		assertThat(this.parser.parse(canonical)).isEqualTo(parsed);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					stuck:ORB-2:THERMAL.PANEL.TEMP               | expected one '@+OFFSET'
					stuck:ORB-2:THERMAL.PANEL.TEMP@30s           | relative to the start
					stuck@+30s                                   | TYPE:SPACECRAFT
					freeze:ORB-2:THERMAL.PANEL.TEMP@+30s         | unknown fault type 'freeze'; known: stuck, drift, spike
					stuck:ORB-9:THERMAL.PANEL.TEMP@+30s          | no spacecraft 'ORB-9' in this run (ORB-1..ORB-5)
					stuck:SAT-1:THERMAL.PANEL.TEMP@+30s          | no spacecraft 'SAT-1'
					stuck:ORB-2:THERMAL.PANEL.TEMPERATURE@+30s   | no parameter 'THERMAL.PANEL.TEMPERATURE'
					stuck:ORB-2@+30s                             | stuck needs a parameter
					silent:ORB-2:EPS.BATTERY.SOC@+30s            | silent concerns the whole spacecraft
					stuck:ORB-2:AOCS.MODE@+30s                   | stuck does not apply to AOCS.MODE: it needs a number or counter
					spike:ORB-2:ORBIT.POSITION.X@+30s            | a number with warning and critical limits
					noise:ORB-2:OBC.UPTIME@+30s                  | an analog number
					overspeed:ORB-2:EPS.BATTERY.SOC@+30s         | a reaction wheel speed
					undervoltage:ORB-2:EPS.BUS.VOLTAGE@+30s      | it needs EPS.BATTERY.VOLTAGE
					spike:ORB-1:EPS.BATTERY.VOLTAGE@+10s/5s      | a spike is one sample
					stuck:ORB-2:THERMAL.PANEL.TEMP@+30 s         | is not a duration
					stuck:ORB-2:THERMAL.PANEL.TEMP@+30x          | offset '30x' is not a duration
					silent:ORB-3@+1m/0s                          | the duration must be positive
					silent:ORB-3@+1m/2m@+3m                      | expected one '@+OFFSET'
					""")
	void refusesBadSpecsSayingWhy(String spec, String reason) {
		assertThatThrownBy(() -> this.parser.parse(spec)).isInstanceOf(InvalidFaultSpecException.class)
			.hasMessageStartingWith("'" + spec.trim() + "': ")
			.hasMessageContaining(reason);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					stuck:ORB-2:THERMAL.PANEL.TEMP@+30s      | stuck          | WARNING  | THERMAL.PANEL.TEMP  | alert
					drift:ORB-2:THERMAL.OBC.TEMP@+30s        | limit          | WARNING  | THERMAL.OBC.TEMP    | alert
					spike:ORB-1:EPS.BATTERY.VOLTAGE@+10s     | limit          | CRITICAL | EPS.BATTERY.VOLTAGE | alert
					dropout:ORB-1:EPS.BATTERY.SOC@+10s       | staleness      | WARNING  | EPS.BATTERY.SOC     | alert
					silent:ORB-3@+1m/2m                      | staleness      | CRITICAL | -                   | alert
					noise:ORB-1:EPS.BATTERY.VOLTAGE@+10s     | statistical    | WARNING  | EPS.BATTERY.VOLTAGE | alert
					undervoltage:ORB-1@+10s                  | limit          | CRITICAL | EPS.BATTERY.VOLTAGE | alert
					overspeed:ORB-1:AOCS.RW2.SPEED@+10s      | limit          | CRITICAL | AOCS.RW2.SPEED      | alert
					clock:ORB-1@+10s                         | sequence       | -        | -                   | counted: out_of_order
					duplicate:ORB-1@+10s                     | sequence       | -        | -                   | counted: duplicate
					""")
	void everyFaultDeclaresTheAlertItMustCause(String spec, String detector, Severity severity, String parameter,
			String outcome) {
		Instant start = Instant.parse("2026-11-21T10:00:00Z");
		FaultSpec fault = this.parser.parse(spec);
		ExpectedAlert expected = fault.expectedAlert(start);
		assertThat(expected.detector()).isEqualTo(detector);
		assertThat(expected.severity()).isEqualTo(severity);
		assertThat(expected.parameter()).isEqualTo(parameter);
		assertThat(expected.outcome()).isEqualTo(outcome);
		assertThat(expected.spacecraftId()).isEqualTo(fault.spacecraftId());
		assertThat(expected.from()).isEqualTo(start.plus(fault.offset()));
		assertThat(expected.fault()).isEqualTo(fault.toString());
	}

	@Test
	void coversEveryFaultType() {
		assertThat(FaultType.values()).extracting(FaultType::tag)
			.containsExactly("stuck", "drift", "spike", "dropout", "silent", "noise", "undervoltage", "overspeed",
					"clock", "duplicate");
	}

}

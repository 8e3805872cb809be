package space.orbit.analyzer.detection;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import space.orbit.analyzer.Severity;
import space.orbit.analyzer.alerts.AlertEvent;
import space.orbit.analyzer.alerts.AlertEvent.Change;
import space.orbit.registry.Limits;
import space.orbit.registry.Mission;
import space.orbit.registry.ParameterDefinition;
import space.orbit.registry.RawType;
import space.orbit.registry.Spacecraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The mission database's limits (on {@code orbit.registry.v1}) apply to every spacecraft
 * of the parameter's mission, from the next sample after a change, below a rule that
 * names the parameter exactly and above patterns.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(DetectionFixture.Encoding.class)
class MissionDatabaseLimitsTest {

	@Parameter
	DetectionFixture.Encoding encoding;

	private static final String TANK = "PROP.TANK.TEMP";

	private static final String RULE_ID = "parameter/DEMO/" + TANK;

	@Test
	void aParametersLimitsApplyToEverySpacecraftOfItsMissionAndNoOther() {
		try (DetectionFixture fixture = demo(new Limits(null, 60.0, -10.0, 70.0))) {
			fixture.registry(new Spacecraft("OTHER-1", "OTHER", "of another mission", null, null));
			for (String spacecraft : new String[] { "DEMO-1", "DEMO-2", "OTHER-1", "UNKNOWN-1" }) {
				fixture.sample(spacecraft, TANK, 65.0);
			}
			fixture.sample("DEMO-1", TANK, -12.0);

			assertThat(fixture.alerts())
				.extracting(AlertEvent::spacecraftId, AlertEvent::change, AlertEvent::severity, AlertEvent::threshold,
						AlertEvent::ruleId)
				.containsExactly(tuple("DEMO-1", Change.RAISED, Severity.WARNING, 60.0, RULE_ID),
						tuple("DEMO-2", Change.RAISED, Severity.WARNING, 60.0, RULE_ID),
						tuple("DEMO-1", Change.UPDATED, Severity.CRITICAL, -10.0, RULE_ID));
		}
	}

	@Test
	void aChangedLimitAppliesFromTheNextSampleAndRemovedLimitsClearTheAlert() {
		try (DetectionFixture fixture = demo(new Limits(null, 60.0, null, 70.0))) {
			fixture.sample("DEMO-1", TANK, 58.0);
			assertThat(fixture.alerts()).as("58 is inside the old limits").isEmpty();

			fixture.registry(parameter(new Limits(null, 55.5, null, 70.0)));
			fixture.sample("DEMO-1", TANK, 58.0);
			fixture.registry(parameter(null));
			fixture.sample("DEMO-1", TANK, 58.0);
			fixture.sample("DEMO-1", TANK, 99.0);

			assertThat(fixture.alerts()).extracting(AlertEvent::change, AlertEvent::threshold, AlertEvent::value)
				.containsExactly(tuple(Change.RAISED, 55.5, 58.0), tuple(Change.CLEARED, 55.5, 58.0));
		}
	}

	@Test
	void theMissionDatabasesHysteresisHoldsAnAlertAsARulesDoes() {
		double[] values = { 72.0, 69.8, 69.0, 59.7, 59.4 };
		java.util.List<org.assertj.core.groups.Tuple> fromTheDatabase;
		try (DetectionFixture fixture = demo(new Limits(null, 60.0, null, 70.0, 0.5))) {
			for (double value : values) {
				fixture.sample("DEMO-1", TANK, value);
			}
			fromTheDatabase = fixture.alerts()
				.stream()
				.map(alert -> tuple(alert.change(), alert.severity(), alert.value()))
				.toList();
		}
		// 69.8 and 59.7 are inside, but not by 0.5: the alert holds its severity
		assertThat(fromTheDatabase).containsExactly(tuple(Change.RAISED, Severity.CRITICAL, 72.0),
				tuple(Change.UPDATED, Severity.WARNING, 69.0), tuple(Change.CLEARED, Severity.WARNING, 59.4));
		try (DetectionFixture fixture = new DetectionFixture(this.encoding)) {
			fixture.rule(TestRules.limits("tank", TANK, null, null, 60.0, 70.0, 0.5));
			for (double value : values) {
				fixture.sample("DEMO-1", TANK, value);
			}
			assertThat(fixture.alerts()).as("the same limits as an analyzer rule")
				.extracting(AlertEvent::change, AlertEvent::severity, AlertEvent::value)
				.containsExactlyElementsOf(fromTheDatabase);
		}
	}

	@Test
	void aDeletedParameterStopsTheCheckAndClearsItsAlert() {
		try (DetectionFixture fixture = demo(new Limits(null, null, null, 70.0))) {
			fixture.sample("DEMO-1", TANK, 75.0);
			fixture.rawRegistry("parameter/DEMO/" + TANK, null);
			fixture.sample("DEMO-1", TANK, 75.0);
			fixture.sample("DEMO-1", TANK, 80.0);

			assertThat(fixture.alerts()).extracting(AlertEvent::change, AlertEvent::severity)
				.containsExactly(tuple(Change.RAISED, Severity.CRITICAL), tuple(Change.CLEARED, Severity.CRITICAL));
		}
	}

	@Test
	void aRuleNamingTheParameterWinsAndAPatternRuleDoesNot() {
		try (DetectionFixture fixture = demo(new Limits(null, 60.0, null, null))) {
			fixture.rule(TestRules.limits("all-temps", "*.TEMP", null, null, 100.0, null, 0));
			fixture.sample("DEMO-1", TANK, 65.0);
			fixture.sample("DEMO-1", TANK, 20.0);
			fixture.rule(TestRules.limits("tank", TANK, null, null, 80.0, null, 0));
			fixture.sample("DEMO-1", TANK, 65.0);
			fixture.sample("DEMO-1", TANK, 85.0);

			assertThat(fixture.alerts()).extracting(AlertEvent::change, AlertEvent::threshold, AlertEvent::ruleId)
				.containsExactly(tuple(Change.RAISED, 60.0, RULE_ID), tuple(Change.CLEARED, 60.0, RULE_ID),
						tuple(Change.RAISED, 80.0, "tank"));
		}
	}

	@Test
	void aSpacecraftMovedToAnotherMissionTakesThatMissionsLimitsAndUnreadableRecordsAreIgnored() {
		try (DetectionFixture fixture = demo(new Limits(null, 60.0, null, null))) {
			fixture.rawRegistry("parameter/DEMO/BROKEN", "{\"missionId\":".getBytes(StandardCharsets.UTF_8));
			fixture.rawRegistry("not-a-key", "{}".getBytes(StandardCharsets.UTF_8));
			fixture.registry(new ParameterDefinition("NEXT", TANK, "PROP", null, "degC", RawType.FLOAT, null,
					new Limits(null, 40.0, null, null)));
			fixture.sample("DEMO-1", TANK, 50.0);
			fixture.registry(new Spacecraft("DEMO-1", "NEXT", "moved", null, null));
			fixture.sample("DEMO-1", TANK, 50.0);

			assertThat(fixture.alerts()).extracting(AlertEvent::change, AlertEvent::threshold, AlertEvent::ruleId)
				.containsExactly(tuple(Change.RAISED, 40.0, "parameter/NEXT/" + TANK));
		}
	}

	/**
	 * Mission DEMO with spacecraft DEMO-1 and DEMO-2 and the tank temperature's limits.
	 */
	private DetectionFixture demo(Limits limits) {
		DetectionFixture fixture = new DetectionFixture(this.encoding);
		fixture.registry(new Mission("DEMO", "Demo", null));
		fixture.registry(new Spacecraft("DEMO-1", "DEMO", "one", null, null));
		fixture.registry(new Spacecraft("DEMO-2", "DEMO", "two", null, null));
		fixture.registry(parameter(limits));
		return fixture;
	}

	private static ParameterDefinition parameter(Limits limits) {
		return new ParameterDefinition("DEMO", TANK, "PROP", "Tank temperature", "degC", RawType.FLOAT, null, limits);
	}

}

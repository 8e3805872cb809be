package space.orbit.analyzer.rules;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import space.orbit.analyzer.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default rules are valid and tuned to the simulator (tools/simulator
 * ParameterCatalog); its limits are the demo mission database's, not theirs.
 */
class DefaultRulesTest {

	private final List<Rule> defaults = RuleStartup.defaults();

	@Test
	void everyDefaultIsValidAndHasAUniqueId() {
		assertThat(this.defaults).hasSizeGreaterThan(30);
		assertThat(this.defaults).extracting(Rule::id).doesNotHaveDuplicates();
		assertThat(this.defaults).allSatisfy(rule -> assertThat(RuleValidator.check(rule)).isEmpty());
	}

	@Test
	void aSilentSpacecraftIsCriticalAndAMissingParameterAWarningWithinThreeSeconds() {
		RuleBook book = new RuleBook(this.defaults);

		Rule.Staleness spacecraft = book.resolve("ORB-1", RuleBook.WHOLE_SPACECRAFT).staleness().staleness();
		Rule.Staleness parameter = book.resolve("ORB-1", "EPS.BUS.VOLTAGE").staleness().staleness();

		assertThat(spacecraft.severity()).isEqualTo(Severity.CRITICAL);
		assertThat(spacecraft.timeout()).isEqualTo(Duration.ofSeconds(3));
		assertThat(parameter.severity()).isEqualTo(Severity.WARNING);
		assertThat(parameter.timeout()).isEqualTo(Duration.ofSeconds(3));
	}

	@Test
	void theLimitsAreTheMissionDatabasesNotTheDefaults() {
		// the simulator's limits, with their hysteresis, are in the demo mission database
		// (tools/orbit/demo/parameters.jsonl, checked against the simulator's catalog by
		// tools/simulator DemoMissionDatabaseTest): a default naming a parameter with
		// limits would shadow them (ADR 0023)
		assertThat(this.defaults).allSatisfy(rule -> assertThat(rule.limits()).as(rule.id()).isNull());
		RuleBook book = new RuleBook(this.defaults);
		assertThat(book.resolve("ORB-1", "EPS.BATTERY.VOLTAGE").limits()).isNull();
		assertThat(book.resolve("ORB-1", "EPS.BATTERY.VOLTAGE").stuck()).isNotNull();
		assertThat(book.resolve("ORB-3", "AUX.CH001.VALUE").statistical()).isNotNull();
	}

	@Test
	void stuckValuesAreFoundWithinFiveSamplesWhereTheSensorsResolutionAllows() {
		RuleBook book = new RuleBook(this.defaults);

		for (String parameter : List.of("EPS.BUS.VOLTAGE", "EPS.BATTERY.CURRENT", "THERMAL.PANEL.TEMP",
				"AOCS.RW1.SPEED", "AOCS.ATT.ROLL.ERROR", "PAYLOAD.POWER", "ORBIT.POSITION.X")) {
			assertThat(book.resolve("ORB-1", parameter).stuck().stuck().samples()).as(parameter).isLessThanOrEqualTo(5);
		}
	}

	@Test
	void theSmoothOrbitSignalsMustAlsoStayUnchangedForThreeSecondsWhateverTheFrameRate() {
		RuleBook book = new RuleBook(this.defaults);

		for (String parameter : List.of("ORBIT.POSITION.X", "ORBIT.POSITION.Y", "ORBIT.POSITION.Z", "ORBIT.LATITUDE",
				"ORBIT.LONGITUDE")) {
			Rule.Stuck stuck = book.resolve("ORB-1", parameter).stuck().stuck();
			assertThat(stuck.samples()).as(parameter).isEqualTo(4);
			assertThat(stuck.minDuration()).as(parameter).isEqualTo(java.time.Duration.ofSeconds(3));
		}
		assertThat(book.resolve("ORB-1", "THERMAL.PANEL.TEMP").stuck().stuck().minDuration()).isNull();
	}

	@Test
	void aStuckUptimeCounterIsFoundByDurationWhateverTheFrameRate() {
		Rule.Stuck uptime = new RuleBook(this.defaults).resolve("ORB-1", "OBC.UPTIME").stuck().stuck();

		assertThat(uptime.samples()).isNull();
		assertThat(uptime.duration()).isLessThanOrEqualTo(java.time.Duration.ofSeconds(5));
	}

}

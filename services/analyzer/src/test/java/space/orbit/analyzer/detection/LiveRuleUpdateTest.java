package space.orbit.analyzer.detection;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import space.orbit.analyzer.alerts.AlertEvent;
import space.orbit.analyzer.alerts.AlertEvent.Change;
import space.orbit.analyzer.rules.Rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Rules arrive on the compacted topic and apply from the next sample on. */
@ParameterizedClass(name = "{0}")
@EnumSource(DetectionFixture.Encoding.class)
class LiveRuleUpdateTest {

	@Parameter
	DetectionFixture.Encoding encoding;

	private static final String BATTERY = "EPS.BATTERY.VOLTAGE";

	@Test
	void aChangedRuleAppliesToTheNextSample() {
		try (DetectionFixture fixture = new DetectionFixture(this.encoding,
				TestRules.limits("battery", BATTERY, null, null, 30.0, null, 0))) {
			fixture.sample("ORB-1", BATTERY, 31.0);
			fixture.rule(TestRules.limits("battery", BATTERY, null, null, 32.0, null, 0));
			fixture.sample("ORB-1", BATTERY, 31.0);

			assertThat(fixture.alerts()).extracting(AlertEvent::change, AlertEvent::value)
				.containsExactly(tuple(Change.RAISED, 31.0), tuple(Change.CLEARED, 31.0));
		}
	}

	@Test
	void aNewRuleStartsDetectingAndADeletedOneClearsItsAlerts() {
		try (DetectionFixture fixture = new DetectionFixture(this.encoding)) {
			fixture.sample("ORB-1", BATTERY, 31.0);
			assertThat(fixture.alerts()).isEmpty();

			fixture.rule(TestRules.limits("battery", BATTERY, null, null, 30.0, null, 0));
			fixture.sample("ORB-1", BATTERY, 31.0);
			fixture.deleteRule("battery");
			fixture.sample("ORB-1", BATTERY, 31.0);

			assertThat(fixture.alerts()).extracting(AlertEvent::change).containsExactly(Change.RAISED, Change.CLEARED);
		}
	}

	@Test
	void aDisabledRuleIsIgnoredAndTheMostSpecificRuleWins() {
		Rule general = TestRules.limits("eps", "EPS.*", null, null, 30.0, null, 0);
		Rule specific = TestRules.limits("battery", BATTERY, null, null, 35.0, null, 0);
		try (DetectionFixture fixture = new DetectionFixture(this.encoding, general, specific)) {
			fixture.sample("ORB-1", BATTERY, 31.0);
			fixture.sample("ORB-1", "EPS.BUS.VOLTAGE", 31.0);
			assertThat(fixture.alerts()).extracting(AlertEvent::parameter, AlertEvent::ruleId)
				.containsExactly(tuple("EPS.BUS.VOLTAGE", "eps"));

			fixture.rule(
					new Rule("battery", BATTERY, null, false, false, null, specific.limits(), null, null, null, null));
			fixture.sample("ORB-1", BATTERY, 31.0);

			assertThat(fixture.alerts()).extracting(AlertEvent::parameter, AlertEvent::ruleId)
				.containsExactly(tuple("EPS.BUS.VOLTAGE", "eps"), tuple(BATTERY, "eps"));
		}
	}

	@Test
	void aRuleForOneSpacecraftLeavesTheOthersAlone() {
		Rule orb2 = new Rule("orb2-battery", BATTERY, "ORB-2", true, true, null,
				new Rule.Limits(null, null, 30.0, null, 0.0), null, null, null, null);
		try (DetectionFixture fixture = new DetectionFixture(this.encoding, orb2)) {
			fixture.sample("ORB-1", BATTERY, 31.0);
			fixture.sample("ORB-2", BATTERY, 31.0);

			assertThat(fixture.alerts()).singleElement().satisfies(alert -> {
				assertThat(alert.spacecraftId()).isEqualTo("ORB-2");
				assertThat(alert.latching()).isTrue();
			});
		}
	}

	@Test
	void anUnreadableOrInvalidRuleIsIgnoredAndTheOthersStillApply() {
		try (DetectionFixture fixture = new DetectionFixture(this.encoding,
				TestRules.limits("inverted", BATTERY, null, 30.0, 20.0, null, 0),
				TestRules.limits("bus", "EPS.BUS.VOLTAGE", null, null, 30.0, null, 0))) {
			fixture.rawRule("garbled", "{\"parameter\":\"EPS.BATTERY.*\",\"limits\":".getBytes(StandardCharsets.UTF_8));
			fixture.rawRule("binary", new byte[] { (byte) 0xC3, 0x28, 0x00, (byte) 0xFF });
			fixture.sample("ORB-1", BATTERY, 31.0);
			fixture.sample("ORB-1", "EPS.BUS.VOLTAGE", 31.0);

			assertThat(fixture.alerts()).extracting(AlertEvent::parameter, AlertEvent::ruleId)
				.containsExactly(tuple("EPS.BUS.VOLTAGE", "bus"));
		}
	}

}

package space.orbit.analyzer.rules;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import space.orbit.analyzer.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/** Which rule applies to a (spacecraft, parameter), detector by detector. */
class RuleBookTest {

	private static final Rule.Limits LIMITS = new Rule.Limits(null, null, 1.0, null, null);

	private static final Rule.Staleness STALE = new Rule.Staleness(Duration.ofSeconds(3), Severity.CRITICAL);

	@Test
	void theMostSpecificRuleWins() {
		RuleBook book = new RuleBook(List.of(limits("all", "*", null), limits("eps", "EPS.*", null),
				limits("battery-star", "EPS.BATTERY.*", null), limits("battery", "EPS.BATTERY.VOLTAGE", null),
				limits("orb2-eps", "EPS.*", "ORB-2"), limits("orb2-battery", "EPS.BATTERY.VOLTAGE", "ORB-2")));

		assertThat(book.resolve("ORB-1", "EPS.BATTERY.VOLTAGE").limits().id()).isEqualTo("battery");
		assertThat(book.resolve("ORB-2", "EPS.BATTERY.VOLTAGE").limits().id()).isEqualTo("orb2-battery");
		assertThat(book.resolve("ORB-1", "EPS.BATTERY.CURRENT").limits().id()).isEqualTo("battery-star");
		assertThat(book.resolve("ORB-2", "EPS.BATTERY.CURRENT").limits().id()).isEqualTo("orb2-eps");
		assertThat(book.resolve("ORB-1", "EPS.BUS.VOLTAGE").limits().id()).isEqualTo("eps");
		assertThat(book.resolve("ORB-1", "THERMAL.PANEL.TEMP").limits().id()).isEqualTo("all");
	}

	@Test
	void eachDetectorIsResolvedOnItsOwnAndDisabledRulesDoNotCount() {
		Rule staleness = new Rule("silence", "*", null, true, false, null, null, null, null, STALE, null);
		Rule disabled = new Rule("off", "EPS.BATTERY.VOLTAGE", null, false, false, null, LIMITS, null, null, null,
				null);
		RuleBook book = new RuleBook(List.of(staleness, disabled, limits("eps", "EPS.*", null)));

		RuleBook.AppliedRules applied = book.resolve("ORB-1", "EPS.BATTERY.VOLTAGE");

		assertThat(applied.limits().id()).isEqualTo("eps");
		assertThat(applied.staleness().id()).isEqualTo("silence");
		assertThat(applied.stuck()).isNull();
		assertThat(book.size()).isEqualTo(2);
	}

	@Test
	void theWholeSpacecraftIsMatchedOnlyByTheStarPattern() {
		Rule dotted = new Rule("parameters", "*.*", null, true, false, null, null, null, null, STALE, null);
		Rule all = new Rule("silence", "*", null, true, false, null, null, null, null, STALE, null);
		RuleBook book = new RuleBook(List.of(dotted, all));

		assertThat(book.resolve("ORB-1", RuleBook.WHOLE_SPACECRAFT).staleness().id()).isEqualTo("silence");
		assertThat(book.resolve("ORB-1", "EPS.BUS.VOLTAGE").staleness().id()).isEqualTo("parameters");
		assertThat(book.resolve("ORB-1", "EPS").staleness().id()).isEqualTo("silence");
	}

	@Test
	void aPatternMatchesAnyCharactersWhereItHasAStarAndNothingElse() {
		RuleBook book = new RuleBook(List.of(limits("temps", "*.TEMP", null), limits("rw", "AOCS.RW*.SPEED", null)));

		assertThat(book.resolve("ORB-1", "THERMAL.PANEL.TEMP").limits()).isNotNull();
		assertThat(book.resolve("ORB-1", "THERMAL.PANEL.TEMPERATURE").limits()).isNull();
		assertThat(book.resolve("ORB-1", "AOCS.RW3.SPEED").limits().id()).isEqualTo("rw");
		assertThat(book.resolve("ORB-1", "AOCS.RW3XSPEED").limits()).isNull();
	}

	@Test
	void defaultLimitsComeAfterRulesNamingTheParameterAndBeforePatterns() {
		Rule database = limits("parameter/DEMO/EPS.BATTERY.VOLTAGE", "EPS.BATTERY.VOLTAGE", null);
		DefaultLimits defaults = (spacecraftId, parameter) -> parameter.equals(database.parameter()) ? database : null;
		RuleBook patterns = new RuleBook(List.of(limits("eps", "EPS.*", "ORB-1")), defaults);
		RuleBook exact = new RuleBook(
				List.of(limits("eps", "EPS.*", "ORB-1"), limits("battery", database.parameter(), null)), defaults);

		assertThat(patterns.resolve("ORB-1", database.parameter()).limits().id()).isEqualTo(database.id());
		assertThat(patterns.resolve("ORB-1", "EPS.BUS.VOLTAGE").limits().id()).isEqualTo("eps");
		assertThat(exact.resolve("ORB-1", database.parameter()).limits().id()).isEqualTo("battery");
		assertThat(new RuleBook(List.of(), defaults).resolve("ORB-2", "EPS.BUS.VOLTAGE").limits()).isNull();
	}

	private static Rule limits(String id, String parameter, String spacecraftId) {
		return new Rule(id, parameter, spacecraftId, true, false, null, LIMITS, null, null, null, null);
	}

}

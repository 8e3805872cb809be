package space.orbit.observability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Prometheus configuration and Orbit's alert rules through {@code promtool}: the
 * config and rules are valid, and the rules' unit tests pass with a test of every alert
 * firing and one of it not firing.
 */
class PromtoolIT {

	@Test
	void theConfigurationIsValidAndFindsTheRuleFiles() {
		Promtool.Result result = Promtool.run(Repository.PROMETHEUS, "check", "config", "prometheus.yml");
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output()).contains("SUCCESS: " + Repository.ruleFiles().size() + " rule files found");
	}

	@Test
	void theRulesAreValid() {
		for (Path file : Repository.ruleFiles()) {
			Promtool.Result result = Promtool.run(Repository.PROMETHEUS, "check", "rules",
					Repository.PROMETHEUS.relativize(file).toString());
			assertThat(result.exitCode()).as(result.output()).isZero();
		}
	}

	@Test
	void theRulesUnitTestsPass() {
		List<Path> tests = Repository.files(Repository.PROMETHEUS.resolve("tests"), ".test.yml");
		assertThat(tests).isNotEmpty();
		for (Path test : tests) {
			Promtool.Result result = Promtool.run(Repository.PROMETHEUS, "test", "rules",
					Repository.PROMETHEUS.relativize(test).toString());
			assertThat(result.exitCode()).as(result.output()).isZero();
			assertThat(result.output()).contains("SUCCESS");
		}
	}

	/** Each alert (and each severity it has) has a firing case and a not-firing case. */
	@Test
	@SuppressWarnings("unchecked")
	void everyAlertIsTestedFiringAndNotFiring() {
		Set<String> alerts = new TreeSet<>();
		Set<String> severities = new TreeSet<>();
		for (Map<String, Object> rule : Repository.rules()) {
			if (rule.containsKey("alert")) {
				alerts.add((String) rule.get("alert"));
				severities.add(rule.get("alert") + "/" + ((Map<String, Object>) rule.get("labels")).get("severity"));
			}
		}
		assertThat(alerts).contains("OrbitServiceDown", "OrbitPipelineStalled", "OrbitConsumerLagGrowing",
				"OrbitDeadLettersPresent", "OrbitErrorRatioHigh", "OrbitLatencyBudgetBurning");
		Set<String> fired = new HashSet<>();
		Set<String> quiet = new HashSet<>();
		for (Path file : Repository.files(Repository.PROMETHEUS.resolve("tests"), ".test.yml")) {
			for (Map<String, Object> test : (List<Map<String, Object>>) Repository.yaml(file).get("tests")) {
				for (Map<String, Object> check : (List<Map<String, Object>>) test.getOrDefault("alert_rule_test",
						List.of())) {
					String alert = (String) check.get("alertname");
					List<Map<String, Object>> expected = (List<Map<String, Object>>) check.get("exp_alerts");
					if (expected == null || expected.isEmpty()) {
						quiet.add(alert);
					}
					else {
						expected.forEach((e) -> fired
							.add(alert + "/" + ((Map<String, Object>) e.get("exp_labels")).get("severity")));
					}
				}
			}
		}
		assertThat(fired).as("alerts (and severities) with a firing test").containsAll(severities);
		assertThat(quiet).as("alerts with a not-firing test").containsAll(alerts);
	}

	/** Each alert links docs/runbooks/ALERT.md, and that page exists. */
	@Test
	@SuppressWarnings("unchecked")
	void everyAlertLinksItsRunbook() {
		for (Map<String, Object> rule : Repository.rules()) {
			if (rule.containsKey("alert")) {
				String url = (String) ((Map<String, Object>) rule.get("annotations")).get("runbook_url");
				assertThat(url).as(rule.get("alert") + " runbook_url")
					.isEqualTo("docs/runbooks/" + rule.get("alert") + ".md");
				assertThat(Files.isRegularFile(Repository.ROOT.resolve(url))).as(url).isTrue();
			}
		}
	}

}

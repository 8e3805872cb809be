package space.orbit.console.rules;

import java.util.List;

import org.junit.jupiter.api.Test;

import space.orbit.console.api.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule editor: what is not a JSON object is refused before anything is sent; the
 * analyzer's violations are listed with their pointers inside the rule.
 */
class RuleEditorTest {

	@Test
	void whatIsNotAJsonObjectIsRefusedAtTheEditor() {
		RuleEditor editor = new RuleEditor();
		editor.setJson("{\"parameter\": ");
		assertThat(editor.rule()).isEmpty();
		editor.setJson("[1, 2]");
		assertThat(editor.rule()).isEmpty();
		editor.setJson(RulesView.TEMPLATE);
		assertThat(editor.rule())
			.hasValueSatisfying(rule -> assertThat(rule.get("limits").get("criticalHigh").asDouble()).isEqualTo(28.0));
	}

	@Test
	void theAnalyzersViolationsAreListedByTheirPointersInsideTheRule() {
		RuleEditor editor = new RuleEditor();
		Problem problem = new Problem("urn:orbit:problem:invalid-request", "Invalid request", 422,
				"The rule is invalid",
				List.of(new Problem.FieldError("/rule/limits/criticalHigh", null, "must be greater than warningHigh"),
						new Problem.FieldError("/spacecraftId", null, "name one")));

		assertThat(editor.showErrors(problem, "/rule")).isTrue();
		assertThat(editor.getElement().getOuterHTML())
			.contains("/limits/criticalHigh: must be greater than warningHigh")
			.doesNotContain("name one");
		editor.clearErrors();
		assertThat(editor.showErrors(
				new Problem(null, null, 422, "d", List.of(new Problem.FieldError("/spacecraftId", null, "name one"))),
				"/rule"))
			.as("nothing of the rule's")
			.isFalse();
	}

	@Test
	void aServedRuleIsEditedWithoutWhatTheAnalyzerAdds() {
		var served = RulesApi.JSON.readTree("""
				{"id":"r","parameter":"A.B","enabled":true,"limits":{"criticalLow":null,"criticalHigh":3.0},
				 "version":4,"updatedAt":"2026-12-06T10:00:00Z","updatedBy":"ada","published":true}""");
		assertThat(RulesApi.editable(served).toString())
			.isEqualTo("{\"id\":\"r\",\"parameter\":\"A.B\",\"enabled\":true,\"limits\":{\"criticalHigh\":3.0}}");
		assertThat(RuleEditor.detectors(served)).isEqualTo("limits");
	}

}

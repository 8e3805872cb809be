package space.orbit.console.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import space.orbit.console.api.Problem;

/**
 * A rule as the JSON a {@code PUT /api/v1/rules/{id}} takes: checked to be a JSON object
 * before anything is sent, and the analyzer's violations listed under it, each with the
 * field it points at.
 */
class RuleEditor extends VerticalLayout {

	static final List<String> DETECTORS = List.of("limits", "rateOfChange", "stuck", "staleness", "statistical");

	private final TextArea json = new TextArea("Rule (JSON)");

	private final UnorderedList errors = new UnorderedList();

	RuleEditor() {
		setPadding(false);
		setSpacing(false);
		this.json.setId("rule-json");
		this.json.setHelperText("As PUT /api/v1/rules/{id} takes it; the id is the field above");
		this.json.setWidthFull();
		this.json.setMinHeight("16em");
		this.json.setMaxHeight("24em");
		this.json.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
		this.errors.setId("rule-errors");
		this.errors.getStyle()
			.set("color", "var(--lumo-error-text-color)")
			.set("font-size", "var(--lumo-font-size-s)")
			.set("margin", "0");
		this.errors.setVisible(false);
		add(this.json, new Div(this.errors));
	}

	void setJson(String text) {
		clearErrors();
		this.json.setValue(text);
	}

	void setReadOnly(boolean readOnly) {
		this.json.setReadOnly(readOnly);
	}

	/**
	 * The rule in the editor; empty (with the message at the editor) when it is not a
	 * JSON object.
	 */
	Optional<ObjectNode> rule() {
		clearErrors();
		try {
			JsonNode node = RulesApi.JSON.readTree(this.json.getValue());
			if (node instanceof ObjectNode rule) {
				return Optional.of(rule);
			}
			invalid("The rule must be a JSON object: { \"parameter\": ..., \"limits\": {...} }.");
		}
		catch (JacksonException ex) {
			invalid("Not JSON: " + ex.getOriginalMessage() + " (line " + ex.getLocation().getLineNr() + ").");
		}
		return Optional.empty();
	}

	/**
	 * The problem's errors under {@code prefix} ({@code /rule} in a backtest), listed
	 * with their pointers inside the rule; true when there were any.
	 */
	boolean showErrors(Problem problem, String prefix) {
		List<String> lines = new ArrayList<>();
		for (Problem.FieldError error : problem.errors()) {
			String pointer = String.valueOf(error.pointer());
			if (pointer.startsWith(prefix + "/") && !pointer.equals("/id")) {
				lines.add(pointer.substring(prefix.length()) + ": " + error.detail());
			}
		}
		if (lines.isEmpty() && prefix.isEmpty()) {
			lines.add(problem.message());
		}
		if (lines.isEmpty()) {
			return false;
		}
		invalid((lines.size() == 1) ? "The analyzer refused the rule:"
				: "The analyzer refused the rule, on " + lines.size() + " counts:");
		lines.forEach(line -> this.errors.add(new ListItem(line)));
		this.errors.setVisible(true);
		return true;
	}

	void clearErrors() {
		this.json.setInvalid(false);
		this.errors.removeAll();
		this.errors.setVisible(false);
	}

	private void invalid(String message) {
		this.json.setErrorMessage(message);
		this.json.setInvalid(true);
	}

	/** The detectors a rule turns on, for the list. */
	static String detectors(JsonNode rule) {
		return String.join(", ",
				DETECTORS.stream().filter(name -> rule.has(name) && !rule.get(name).isNull()).toList());
	}

}

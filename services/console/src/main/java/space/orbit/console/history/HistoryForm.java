package space.orbit.console.history;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

import org.springframework.boot.convert.DurationStyle;

/**
 * The History view's query form: spacecraft, one parameter and another to compare, the
 * span in UTC, raw or reduced by a step. Checked here as the enricher would (a span of at
 * most 31 days, at most 10,000 steps) so nothing is sent when it is wrong.
 */
class HistoryForm extends FormLayout {

	static final String RAW = "Raw samples";

	static final String REDUCED = "Reduced by step";

	static final Duration MAX_SPAN = Duration.ofDays(31);

	static final long MAX_STEPS = 10_000;

	final ComboBox<String> spacecraft = new ComboBox<>("Spacecraft");

	final ComboBox<String> parameter = new ComboBox<>("Parameter");

	final ComboBox<String> compare = new ComboBox<>("Compare with (optional)");

	final TextField from = new TextField("From (UTC)");

	final TextField to = new TextField("To (UTC)");

	final RadioButtonGroup<String> mode = new RadioButtonGroup<>("Values");

	final TextField step = new TextField("Step");

	HistoryForm() {
		this.spacecraft.setId("history-spacecraft");
		this.spacecraft.setAllowCustomValue(true);
		this.spacecraft.addCustomValueSetListener((event) -> this.spacecraft.setValue(event.getDetail()));
		for (ComboBox<String> name : List.of(this.parameter, this.compare)) {
			name.setAllowCustomValue(true);
			name.addCustomValueSetListener((event) -> name.setValue(event.getDetail()));
		}
		this.parameter.setId("history-parameter");
		this.compare.setId("history-compare");
		this.compare.setClearButtonVisible(true);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		this.from.setId("history-from");
		this.from.setValue(now.minus(Duration.ofHours(1)).toString());
		this.from.setHelperText("ISO-8601, e.g. 2026-11-21T10:00:00Z");
		this.to.setId("history-to");
		this.to.setValue(now.plus(Duration.ofMinutes(1)).toString());
		this.mode.setId("history-mode");
		this.mode.setItems(RAW, REDUCED);
		this.mode.setValue(RAW);
		this.step.setId("history-step");
		this.step.setValue("1m");
		this.step.setHelperText("e.g. 10s, 5m, 1h");
		this.step.setEnabled(false);
		this.mode.addValueChangeListener((change) -> this.step.setEnabled(REDUCED.equals(change.getValue())));
		add(this.spacecraft, this.parameter, this.compare, this.from, this.to, this.mode, this.step);
		setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 3));
	}

	/** The query, or null after marking each field that is wrong. */
	HistoryQuery query() {
		for (ComboBox<String> box : List.of(this.spacecraft, this.parameter, this.compare)) {
			box.setInvalid(false);
		}
		this.from.setInvalid(false);
		this.to.setInvalid(false);
		this.step.setInvalid(false);
		boolean valid = true;
		if (blank(this.spacecraft.getValue())) {
			valid = invalid(this.spacecraft, "Choose a spacecraft.");
		}
		if (blank(this.parameter.getValue())) {
			valid = invalid(this.parameter, "Choose a parameter.");
		}
		if (!blank(this.compare.getValue()) && this.compare.getValue().equals(this.parameter.getValue())) {
			valid = invalid(this.compare, "Choose another parameter than the first.");
		}
		Instant start = instant(this.from);
		Instant end = instant(this.to);
		valid &= start != null && end != null;
		if (start != null && end != null) {
			if (!start.isBefore(end)) {
				valid = invalid(this.to, "Must be after From.");
			}
			else if (Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
				valid = invalid(this.to, "At most 31 days after From.");
			}
		}
		String chosenStep = null;
		if (REDUCED.equals(this.mode.getValue())) {
			chosenStep = this.step.getValue().strip();
			Duration parsed = duration(chosenStep);
			if (parsed == null || parsed.toMillis() < 1) {
				valid = invalid(this.step, "A duration such as 10s, 5m or 1h.");
			}
			else if (start != null && end != null && start.isBefore(end)
					&& Math.ceilDiv(Duration.between(start, end).toMillis(), parsed.toMillis()) > MAX_STEPS) {
				valid = invalid(this.step, "Cuts the span into more than 10,000 steps: choose a longer step.");
			}
		}
		if (!valid) {
			return null;
		}
		List<String> names = new ArrayList<>(List.of(this.parameter.getValue().strip()));
		if (!blank(this.compare.getValue())) {
			names.add(this.compare.getValue().strip());
		}
		return new HistoryQuery(this.spacecraft.getValue().strip(), names, start, end, chosenStep);
	}

	private Instant instant(TextField field) {
		try {
			return Instant.parse(field.getValue().strip());
		}
		catch (DateTimeException ex) {
			invalid(field, "An instant such as 2026-11-21T10:00:00Z.");
			return null;
		}
	}

	private static Duration duration(String text) {
		try {
			return DurationStyle.detectAndParse(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean invalid(HasValidation field, String message) {
		field.setErrorMessage(message);
		field.setInvalid(true);
		return false;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}

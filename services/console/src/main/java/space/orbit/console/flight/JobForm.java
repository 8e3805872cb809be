package space.orbit.console.flight;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import tools.jackson.databind.JsonNode;

import space.orbit.console.layout.UtcPicker;

/**
 * One job type's form: its fields, checked before sending as the worker would check them
 * (a message at each wrong field, nothing sent), the worker's problems placed back at the
 * field their JSON pointer names, and its result drawn once the job has succeeded.
 */
abstract class JobForm extends VerticalLayout {

	private final Button submit;

	private final List<HasValidation> fields = new ArrayList<>();

	JobForm(String submitLabel, String submitId) {
		this.submit = new Button(submitLabel);
		this.submit.setId(submitId);
		this.submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		setPadding(false);
	}

	/** The worker's job type. */
	abstract String type();

	/**
	 * The request, or null after a message at each wrong field (nothing is sent then).
	 */
	abstract Object request();

	/** The field a JSON pointer of the worker's problem names, or null. */
	abstract HasValidation fieldAt(String pointer);

	/** The succeeded job's result as tables and charts. */
	abstract Component result(JsonNode result);

	/**
	 * Lays the fields out (two columns on a wide screen) with the submit button under
	 * them.
	 */
	protected void layOut(Component... components) {
		FormLayout form = new FormLayout(components);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
				new FormLayout.ResponsiveStep("60em", 4));
		form.setMaxWidth("80em");
		for (Component component : components) {
			if (component instanceof HasValidation field) {
				this.fields.add(field);
			}
		}
		add(form, this.submit);
	}

	void onSubmit(Consumer<JobForm> handler) {
		this.submit.addClickListener((click) -> handler.accept(this));
	}

	/** A viewer sends no job: the worker would refuse it (403). */
	void offer(boolean act) {
		setVisible(act);
		this.submit.setVisible(act);
	}

	/** Clears every field's message before a new check. */
	protected void clearMessages() {
		this.fields.forEach((field) -> field.setInvalid(false));
	}

	static boolean invalid(HasValidation field, String message) {
		field.setErrorMessage(message);
		field.setInvalid(true);
		return false;
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/**
	 * The spacecraft box checked as the worker checks a job's spacecraftId: present, at
	 * most {@link WorkerLimits#MAX_ID} characters.
	 */
	static boolean spacecraftChosen(ComboBox<String> spacecraft) {
		if (blank(spacecraft.getValue())) {
			return invalid(spacecraft, "Choose a spacecraft.");
		}
		if (spacecraft.getValue().strip().length() > WorkerLimits.MAX_ID) {
			return invalid(spacecraft, "At most " + WorkerLimits.MAX_ID + " characters.");
		}
		return true;
	}

	/**
	 * A UTC date and time picker: ISO dates, 24-hour times, never the browser's locale.
	 */
	static DateTimePicker utcPicker(String label, String id, LocalDateTime value) {
		DateTimePicker picker = UtcPicker.of(label);
		picker.setId(id);
		picker.setValue(value);
		return picker;
	}

	/**
	 * A spacecraft of the mission database, or one typed in when the list is unavailable
	 * (null): the processor being down does not stop a job for a spacecraft the operator
	 * knows.
	 */
	static ComboBox<String> spacecraftBox(String id, List<String> known) {
		ComboBox<String> box = new ComboBox<>("Spacecraft");
		box.setId(id);
		box.setAllowCustomValue(true);
		box.addCustomValueSetListener((custom) -> box.setValue(custom.getDetail()));
		box.setItems((known != null) ? known : List.of());
		if (known == null) {
			box.setHelperText("The mission database is unavailable: type an id");
		}
		return box;
	}

	static NumberField number(String label, String id, Double value, double min, double max) {
		NumberField field = new NumberField(label);
		field.setId(id);
		field.setValue(value);
		field.setMin(min);
		field.setMax(max);
		field.setHelperText(min + " to " + max);
		return field;
	}

	/** A number within the field's bounds, or a message at it. */
	static boolean inRange(NumberField field) {
		Double value = field.getValue();
		if (value == null || field.isInvalid() || value < field.getMin() || value > field.getMax()) {
			return invalid(field, "A number from " + field.getMin() + " to " + field.getMax() + ".");
		}
		return true;
	}

	/**
	 * Checks a span as the worker does: both ends given, the end after the start, at most
	 * {@link WorkerLimits#MAX_SPAN}; the message goes to the end's field.
	 */
	static boolean span(DateTimePicker start, DateTimePicker end, String startName) {
		boolean valid = true;
		if (start.getValue() == null) {
			valid = invalid(start, "Required (UTC).");
		}
		if (end.getValue() == null) {
			return invalid(end, "Required (UTC).");
		}
		if (start.getValue() == null) {
			return valid;
		}
		Duration span = Duration.between(start.getValue(), end.getValue());
		if (span.isNegative() || span.isZero()) {
			return invalid(end, "Must be after the " + startName + ".");
		}
		if (span.compareTo(WorkerLimits.MAX_SPAN) > 0) {
			return invalid(end, "At most " + WorkerLimits.MAX_SPAN.toDays() + " days after the " + startName
					+ " (the worker's limit).");
		}
		return valid;
	}

	static Instant utc(LocalDateTime time) {
		return time.toInstant(ZoneOffset.UTC);
	}

	static LocalDateTime nowUtc() {
		return LocalDateTime.now(ZoneOffset.UTC);
	}

}

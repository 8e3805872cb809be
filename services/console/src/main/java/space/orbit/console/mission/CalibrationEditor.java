package space.orbit.console.mission;

import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import tools.jackson.databind.JsonNode;

import space.orbit.console.chart.SvgLineChart;
import space.orbit.console.mission.MissionRecords.Parameter;

/**
 * The calibration of the selected parameter: none, a polynomial or a lookup table, its
 * preview curve redrawn as it is typed, checked before sending and saved on its own (the
 * parameter's other fields and limits stay as the processor has them).
 */
final class CalibrationEditor extends VerticalLayout {

	static final String NONE = "NONE";

	static final String POLYNOMIAL = "POLYNOMIAL";

	static final String LOOKUP = "LOOKUP";

	private final RadioButtonGroup<String> type = new RadioButtonGroup<>();

	private final TextField coefficients = new TextField("Coefficients c0, c1, c2 …");

	private final TextArea points = new TextArea("Points: raw, value (one a line)");

	private final Div preview = new Div();

	private final Button save = new Button("Save calibration");

	private final Consumer<JsonNode> saver;

	private Parameter editing;

	/**
	 * @param saver sends a checked calibration (null: none) to the processor
	 */
	CalibrationEditor(Consumer<JsonNode> saver) {
		this.saver = saver;
		setPadding(false);
		setSpacing(false);
		this.type.setId("calibration-type");
		this.type.setAriaLabel("Calibration");
		this.type.setItems(NONE, POLYNOMIAL, LOOKUP);
		// Three choices, all in sight (a radio group rather than a select: nothing to
		// open).
		this.type.setItemLabelGenerator(CalibrationEditor::label);
		this.type.addValueChangeListener((change) -> shape());
		this.coefficients.setId("calibration-coefficients");
		this.coefficients.setWidthFull();
		this.coefficients.setHelperText("c0 + c1·raw + c2·raw² …, at most 8, e.g. 0.5, 2");
		this.coefficients.setValueChangeMode(ValueChangeMode.LAZY);
		this.coefficients.addValueChangeListener((change) -> redraw());
		this.points.setId("calibration-points");
		this.points.setWidthFull();
		// Rows, not a height: a height cut the field's own error under the preview.
		this.points.setMaxRows(8);
		this.points.setHelperText("At least 2 points, raw strictly increasing; clamped beyond the ends");
		this.points.setValueChangeMode(ValueChangeMode.LAZY);
		this.points.addValueChangeListener((change) -> redraw());
		this.preview.setId("calibration-preview");
		this.preview.setWidthFull();
		this.save.setId("calibration-save");
		this.save.addClickListener((click) -> save());
		add(new H3("Calibration"), this.type, this.coefficients, this.points, this.preview, this.save);
	}

	void readOnly(boolean readOnly) {
		this.save.setVisible(!readOnly);
		this.type.setReadOnly(readOnly);
		this.coefficients.setReadOnly(readOnly);
		this.points.setReadOnly(readOnly);
	}

	/** Shows the calibration of {@code parameter} (null: none selected). */
	void edit(Parameter parameter) {
		this.editing = parameter;
		clearErrors();
		JsonNode calibration = (parameter != null) ? parameter.calibration() : null;
		String kind = (calibration != null && !calibration.isNull()) ? calibration.path("type").asString(NONE) : NONE;
		this.coefficients.setValue(kind.equals(POLYNOMIAL) ? CalibrationInput.coefficientsText(calibration) : "");
		this.points.setValue(kind.equals(LOOKUP) ? CalibrationInput.pointsText(calibration) : "");
		this.type.setValue(kind);
		shape();
	}

	/** The field a problem's pointer under {@code /calibration} names, or null. */
	HasValidation fieldAt(String pointer) {
		if (pointer.startsWith("/calibration/coefficients")) {
			return this.coefficients;
		}
		if (pointer.startsWith("/calibration/points")) {
			return this.points;
		}
		return pointer.startsWith("/calibration") ? this.type : null;
	}

	void clearErrors() {
		this.type.setInvalid(false);
		this.coefficients.setInvalid(false);
		this.points.setInvalid(false);
	}

	private void shape() {
		String kind = this.type.getValue();
		this.coefficients.setVisible(POLYNOMIAL.equals(kind));
		this.points.setVisible(LOOKUP.equals(kind));
		redraw();
	}

	private CalibrationInput.Result input() {
		return switch (String.valueOf(this.type.getValue())) {
			case POLYNOMIAL -> CalibrationInput.polynomial(this.coefficients.getValue());
			case LOOKUP -> CalibrationInput.table(this.points.getValue());
			default -> new CalibrationInput.Result(null, null);
		};
	}

	private void redraw() {
		this.preview.removeAll();
		CalibrationInput.Result input = input();
		if (input.calibration() == null) {
			this.preview.add(note(input.valid() ? "No calibration: the engineering value is the raw value."
					: "No preview: " + input.problem()));
			return;
		}
		String unit = (this.editing != null && this.editing.unit() != null) ? this.editing.unit() : "value";
		this.preview.add(SvgLineChart.of(CalibrationCurve.points(input.calibration()), "raw", unit));
		if (POLYNOMIAL.equals(this.type.getValue())) {
			this.preview.add(note("Previewed over raw " + CalibrationInput.format(CalibrationCurve.RAW_MIN) + " to "
					+ CalibrationInput.format(CalibrationCurve.RAW_MAX) + "."));
		}
	}

	private void save() {
		clearErrors();
		CalibrationInput.Result input = input();
		if (!input.valid()) {
			HasValidation field = POLYNOMIAL.equals(this.type.getValue()) ? this.coefficients : this.points;
			field.setErrorMessage(input.problem());
			field.setInvalid(true);
			return;
		}
		String rawType = (this.editing != null) ? this.editing.rawType() : null;
		if (input.calibration() != null && !"FLOAT".equals(rawType) && !"INTEGER".equals(rawType)) {
			this.type.setErrorMessage("Only FLOAT and INTEGER parameters are calibrated; this one is "
					+ String.valueOf(rawType).toLowerCase(Locale.ROOT) + ".");
			this.type.setInvalid(true);
			return;
		}
		this.saver.accept(input.calibration());
	}

	private static String label(String type) {
		return switch (type) {
			case POLYNOMIAL -> "Polynomial";
			case LOOKUP -> "Lookup table";
			default -> "None";
		};
	}

	private static Span note(String text) {
		Span note = new Span(text);
		note.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
		return note;
	}

}

package space.orbit.console.mission;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import tools.jackson.databind.JsonNode;

import space.orbit.console.api.ServiceProblemException;
import space.orbit.console.layout.MainLayout;
import space.orbit.console.layout.ServiceNotice;
import space.orbit.console.operator.CurrentOperator;
import space.orbit.console.mission.MissionRecords.Limits;
import space.orbit.console.mission.MissionRecords.Mission;
import space.orbit.console.mission.MissionRecords.Parameter;
import space.orbit.console.mission.MissionRecords.ParameterBody;

/**
 * Parameter definitions of one mission with their units and limits; a parameter's unit,
 * description and limits (warning and critical, each optional), and on its own its
 * calibration with a preview curve, edited through the processor's API.
 */
@Route(value = "parameters", layout = MainLayout.class)
@PermitAll
@PageTitle("Parameters · Orbit console")
public class ParametersView extends VerticalLayout {

	private final MissionDatabase database;

	private final ServiceNotice notice = new ServiceNotice("parameters-notice");

	private final ComboBox<String> mission = new ComboBox<>("Mission");

	private final Grid<Parameter> grid = new Grid<>();

	private final ParameterForm form = new ParameterForm();

	public ParametersView(MissionDatabase database, CurrentOperator operator) {
		this.database = database;
		setSizeFull();
		this.mission.setId("parameters-mission");
		this.mission.addValueChangeListener((change) -> load());
		this.grid.setId("parameters");
		this.grid.addColumn(Parameter::name).setHeader("Name").setAutoWidth(true).setSortable(true);
		this.grid.addColumn(Parameter::subsystem).setHeader("Subsystem").setAutoWidth(true).setSortable(true);
		this.grid.addColumn(Parameter::unit).setHeader("Unit").setAutoWidth(true);
		this.grid.addColumn(Parameter::rawType).setHeader("Type").setAutoWidth(true);
		this.grid.addColumn((p) -> limit(p, "criticalLow")).setHeader("Crit. low").setAutoWidth(true);
		this.grid.addColumn((p) -> limit(p, "warningLow")).setHeader("Warn. low").setAutoWidth(true);
		this.grid.addColumn((p) -> limit(p, "warningHigh")).setHeader("Warn. high").setAutoWidth(true);
		this.grid.addColumn((p) -> limit(p, "criticalHigh")).setHeader("Crit. high").setAutoWidth(true);
		this.grid.addColumn((p) -> (p.calibration() != null) ? p.calibration().path("type").asString("") : "")
			.setHeader("Calibration")
			.setAutoWidth(true);
		this.grid.asSingleSelect().addValueChangeListener((change) -> this.form.edit(change.getValue()));
		// Only an admin changes the mission database: the processor refuses others (403).
		this.form.readOnly(!operator.offered().editMissionDatabase());
		this.grid.setSizeFull();
		HorizontalLayout body = new HorizontalLayout(this.grid, this.form);
		body.setWidthFull();
		// The rest of the page's height, no more: the form scrolls, not the page.
		body.setMinHeight("0");
		body.setFlexGrow(1, this.grid);
		add(new H2("Parameters"), this.notice, this.mission, body);
		setFlexGrow(1, body);
		loadMissions();
	}

	private void loadMissions() {
		try {
			List<String> ids = this.database.missions().stream().map(Mission::id).toList();
			this.mission.setItems(ids);
			if (!ids.isEmpty()) {
				this.mission.setValue(ids.get(0));
			}
		}
		catch (RuntimeException ex) {
			failed(ex);
		}
	}

	private void load() {
		try {
			this.grid.setItems(this.database.parameters(this.mission.getValue()));
			this.notice.clear();
		}
		catch (RuntimeException ex) {
			failed(ex);
		}
	}

	private void failed(RuntimeException ex) {
		if (!this.notice.show(ex)) {
			throw ex;
		}
	}

	private static String limit(Parameter parameter, String name) {
		Limits limits = parameter.limits();
		if (limits == null) {
			return "";
		}
		Double value = switch (name) {
			case "criticalLow" -> limits.criticalLow();
			case "warningLow" -> limits.warningLow();
			case "warningHigh" -> limits.warningHigh();
			default -> limits.criticalHigh();
		};
		return (value != null) ? value.toString() : "";
	}

	/** The edit form of the selected parameter. */
	private final class ParameterForm extends VerticalLayout {

		private final H3 title = new H3("Select a parameter");

		private final TextField unit = new TextField("Unit");

		private final TextField description = new TextField("Description");

		private final Select<String> rawType = new Select<>();

		private final Map<String, NumberField> limits = new LinkedHashMap<>();

		private final Button save = new Button("Save");

		private final Span version = new Span();

		private final Anchor history = new Anchor();

		private final CalibrationEditor calibration = new CalibrationEditor(this::saveCalibration);

		private Parameter editing;

		ParameterForm() {
			setWidth("26em");
			setPadding(false);
			setHeightFull();
			getStyle().set("overflow-y", "auto").set("flex-shrink", "0");
			this.unit.setId("parameter-unit");
			this.unit.setMaxLength(128);
			this.description.setId("parameter-description");
			this.rawType.setLabel("Raw type");
			this.rawType.setItems("FLOAT", "INTEGER", "BOOLEAN", "STRING", "ENUM");
			this.rawType.setId("parameter-raw-type");
			FormLayout fields = new FormLayout(this.unit, this.rawType, this.description);
			fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2));
			fields.setColspan(this.description, 2);
			for (String name : LimitsCheck.NAMES) {
				NumberField field = new NumberField(LimitsCheck.label(name));
				field.setId("limit-" + name);
				field.setClearButtonVisible(true);
				this.limits.put(name, field);
				fields.add(field);
			}
			// How far back inside a limit a value must come for its alert to clear (the
			// analyzer's hysteresis, ADR 0023): in the parameter's engineering unit.
			NumberField hysteresis = new NumberField(LimitsCheck.label(LimitsCheck.HYSTERESIS));
			hysteresis.setId("limit-hysteresis");
			hysteresis.setClearButtonVisible(true);
			hysteresis.setMin(0);
			this.limits.put(LimitsCheck.HYSTERESIS, hysteresis);
			fields.add(hysteresis);
			this.save.setId("parameter-save");
			this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			this.save.addClickListener((click) -> save());
			this.version.setId("parameter-version");
			Span hint = new Span("Leave a limit empty for none: one-sided limits are allowed.");
			hint.getStyle()
				.set("font-size", "var(--lumo-font-size-s)")
				.set("color", "var(--lumo-secondary-text-color)");
			fields.add(hint, 2);
			this.calibration.setId("parameter-calibration");
			this.history.setId("parameter-history");
			this.history.setText("Changes");
			HorizontalLayout actions = new HorizontalLayout(this.save, this.version, this.history);
			actions.setAlignItems(Alignment.BASELINE);
			add(this.title, fields, actions, this.calibration);
			edit(null);
		}

		void readOnly(boolean readOnly) {
			this.save.setVisible(!readOnly);
			this.unit.setReadOnly(readOnly);
			this.description.setReadOnly(readOnly);
			this.rawType.setReadOnly(readOnly);
			this.limits.values().forEach((field) -> field.setReadOnly(readOnly));
			this.calibration.readOnly(readOnly);
		}

		void edit(Parameter parameter) {
			this.editing = parameter;
			setEnabled(parameter != null);
			clearErrors();
			this.title.setText((parameter != null) ? parameter.name() : "Select a parameter");
			this.unit.setValue((parameter != null && parameter.unit() != null) ? parameter.unit() : "");
			this.description
				.setValue((parameter != null && parameter.description() != null) ? parameter.description() : "");
			this.rawType.setValue((parameter != null) ? parameter.rawType() : null);
			Limits limits = (parameter != null && parameter.limits() != null) ? parameter.limits()
					: new Limits(null, null, null, null);
			this.limits.get("criticalLow").setValue(limits.criticalLow());
			this.limits.get("warningLow").setValue(limits.warningLow());
			this.limits.get("warningHigh").setValue(limits.warningHigh());
			this.limits.get("criticalHigh").setValue(limits.criticalHigh());
			this.limits.get(LimitsCheck.HYSTERESIS).setValue(limits.hysteresis());
			this.version.setText((parameter != null) ? "version " + parameter.version() : "");
			this.history.setVisible(parameter != null);
			if (parameter != null) {
				this.history.setHref(AuditView.link("parameter", parameter.missionId() + "/" + parameter.name()));
			}
			this.calibration.edit(parameter);
		}

		/**
		 * Saves a checked calibration (null: none) with the parameter's other fields and
		 * limits as the processor has them, as a limits edit keeps the calibration.
		 */
		private void saveCalibration(JsonNode calibration) {
			clearErrors();
			Parameter p = this.editing;
			send(new ParameterBody(p.missionId(), p.name(), p.subsystem(), p.description(), p.unit(), p.rawType(),
					calibration, p.limits()));
		}

		private void save() {
			clearErrors();
			boolean valid = true;
			for (NumberField field : this.limits.values()) {
				if (field.isInvalid()) {
					field.setErrorMessage("Not a number");
					field.setInvalid(true);
					valid = false;
				}
			}
			Limits limits = new Limits(value("criticalLow"), value("warningLow"), value("warningHigh"),
					value("criticalHigh"), value(LimitsCheck.HYSTERESIS));
			Map<String, String> problems = LimitsCheck.problems(limits);
			problems.forEach((name, message) -> invalid(this.limits.get(name), message));
			if (!valid || !problems.isEmpty()) {
				return;
			}
			Parameter p = this.editing;
			ParameterBody body = new ParameterBody(p.missionId(), p.name(), p.subsystem(),
					blankToNull(this.description.getValue()), blankToNull(this.unit.getValue()),
					this.rawType.getValue(), p.calibration(), limits.empty() ? null : limits);
			send(body);
		}

		private void send(ParameterBody body) {
			try {
				Parameter saved = ParametersView.this.database.put(body);
				ParametersView.this.notice.clear();
				Notification.show("Saved " + saved.name() + " (version " + saved.version() + ")")
					.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
				ParametersView.this.load();
				ParametersView.this.grid.select(saved);
			}
			catch (ServiceProblemException ex) {
				showAtFields(ex);
			}
			catch (RuntimeException ex) {
				failed(ex);
			}
		}

		private void showAtFields(ServiceProblemException ex) {
			ParametersView.this.notice.showAtFields(ex, this::fieldAt);
		}

		private com.vaadin.flow.component.HasValidation fieldAt(String pointer) {
			if (pointer.startsWith("/calibration")) {
				return this.calibration.fieldAt(pointer);
			}
			if (pointer.startsWith("/limits/")) {
				return this.limits.get(pointer.substring("/limits/".length()));
			}
			return switch (pointer) {
				case "/unit" -> this.unit;
				case "/description" -> this.description;
				case "/rawType", "/limits" -> this.rawType;
				default -> null;
			};
		}

		private void invalid(com.vaadin.flow.component.HasValidation field, String message) {
			field.setErrorMessage(message);
			field.setInvalid(true);
		}

		private void clearErrors() {
			this.limits.values().forEach((field) -> field.setInvalid(false));
			this.unit.setInvalid(false);
			this.description.setInvalid(false);
			this.rawType.setInvalid(false);
			this.calibration.clearErrors();
		}

		private Double value(String name) {
			return this.limits.get(name).getValue();
		}

	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}

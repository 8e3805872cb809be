package space.orbit.console.flight;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
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

/**
 * Flight dynamics: a pass prediction submitted to the worker from a form checked before
 * sending, its progress watched, its passes as a table; a running job cancelled.
 */
@Route(value = "flight-dynamics", layout = MainLayout.class)
@PermitAll
@PageTitle("Flight dynamics · Orbit console")
public class FlightDynamicsView extends VerticalLayout {

	/** The worker's default orbit.worker.limits.max-horizon. */
	static final Duration MAX_SPAN = Duration.ofDays(7);

	private final JobsApi jobs;

	private final ServiceNotice notice = new ServiceNotice("flight-notice");

	private final ComboBox<String> spacecraft = new ComboBox<>("Spacecraft");

	private final DateTimePicker start = new DateTimePicker("Start (UTC)");

	private final DateTimePicker end = new DateTimePicker("End (UTC)");

	private final TextField station = new TextField("Station");

	private final NumberField latitude = new NumberField("Latitude (deg)");

	private final NumberField longitude = new NumberField("Longitude (deg)");

	private final NumberField altitude = new NumberField("Altitude (m)");

	private final NumberField minElevation = new NumberField("Min. elevation (deg)");

	private final Span jobId = new Span();

	private final Span state = new Span();

	private final ProgressBar progress = new ProgressBar();

	private final Button cancel = new Button("Cancel job");

	private final Grid<JsonNode> passes = new Grid<>();

	private final Span passCount = new Span();

	private Registration polling;

	private String watched;

	public FlightDynamicsView(JobsApi jobs, CurrentOperator operator) {
		this.jobs = jobs;
		this.spacecraft.setId("fd-spacecraft");
		this.spacecraft.setAllowCustomValue(true);
		this.spacecraft.addCustomValueSetListener((custom) -> this.spacecraft.setValue(custom.getDetail()));
		this.start.setId("fd-start");
		this.end.setId("fd-end");
		LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
		this.start.setValue(now);
		this.end.setValue(now.plusDays(1));
		this.station.setId("fd-station");
		this.station.setValue("KIRUNA");
		this.latitude.setId("fd-latitude");
		this.latitude.setValue(67.86);
		range(this.latitude, -90, 90);
		this.longitude.setId("fd-longitude");
		this.longitude.setValue(20.96);
		range(this.longitude, -180, 180);
		this.altitude.setId("fd-altitude");
		this.altitude.setValue(400.0);
		range(this.altitude, -500, 9000);
		this.minElevation.setId("fd-min-elevation");
		this.minElevation.setValue(5.0);
		range(this.minElevation, -5, 89);
		Button submit = new Button("Predict passes", (click) -> submit());
		submit.setId("fd-submit");
		submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		FormLayout form = new FormLayout(this.spacecraft, this.start, this.end, this.station, this.latitude,
				this.longitude, this.altitude, this.minElevation);
		form.setMaxWidth("60em");

		this.jobId.setId("fd-job-id");
		this.state.setId("fd-job-state");
		this.progress.setWidth("12em");
		this.cancel.setId("fd-cancel");
		this.cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
		this.cancel.addClickListener((click) -> cancel());
		this.cancel.setEnabled(false);
		HorizontalLayout status = new HorizontalLayout(new Span("Job:"), this.jobId, this.state, this.progress,
				this.cancel);
		status.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

		this.passes.setId("fd-passes");
		this.passes.addColumn((p) -> p.path("station").asString()).setHeader("Station").setAutoWidth(true);
		this.passes.addColumn((p) -> toSecond(p.path("aos").asString())).setHeader("AOS").setAutoWidth(true);
		this.passes.addColumn((p) -> toSecond(p.path("los").asString())).setHeader("LOS").setAutoWidth(true);
		this.passes.addColumn((p) -> String.format(java.util.Locale.ROOT, "%.1f", p.path("maxElevation").asDouble()))
			.setHeader("Max. elevation (deg)")
			.setAutoWidth(true);
		this.passes.addColumn((p) -> String.format(java.util.Locale.ROOT, "%.0f", p.path("durationSeconds").asDouble()))
			.setHeader("Duration (s)")
			.setAutoWidth(true);
		this.passes.addColumn((p) -> p.path("partial").asBoolean() ? "partial" : "").setHeader("").setAutoWidth(true);
		this.passes.setAllRowsVisible(true);
		this.passCount.setId("fd-pass-count");
		// A viewer submits and cancels no job: the worker would refuse it (403).
		form.setVisible(operator.offered().act());
		submit.setVisible(operator.offered().act());
		this.cancel.setVisible(operator.offered().act());
		add(new H2("Flight dynamics"), this.notice, new H3("Pass prediction"), form, submit, status, this.passCount,
				this.passes);
		loadSpacecraft();
	}

	private static void range(NumberField field, double min, double max) {
		field.setMin(min);
		field.setMax(max);
		field.setHelperText(min + " to " + max);
	}

	private void loadSpacecraft() {
		try {
			this.spacecraft.setItems(this.jobs.spacecraftIds());
		}
		catch (RuntimeException ex) {
			// The processor being down does not stop a prediction for a spacecraft typed
			// in.
			this.spacecraft.setHelperText("The mission database is unavailable: type an id");
		}
	}

	private void submit() {
		PassPredictionRequest request = validRequest();
		if (request == null) {
			return;
		}
		try {
			String id = this.jobs.submit(request);
			this.notice.clear();
			watch(id);
		}
		catch (ServiceProblemException ex) {
			this.notice.showAtFields(ex, this::fieldAt);
		}
		catch (RuntimeException ex) {
			if (!this.notice.show(ex)) {
				throw ex;
			}
		}
	}

	/** The request, or null with a message at each wrong field (nothing is sent then). */
	private PassPredictionRequest validRequest() {
		List<HasValidation> all = List.of(this.spacecraft, this.start, this.end, this.station, this.latitude,
				this.longitude, this.altitude, this.minElevation);
		all.forEach((field) -> field.setInvalid(false));
		boolean valid = true;
		if (this.spacecraft.getValue() == null || this.spacecraft.getValue().isBlank()) {
			valid = invalid(this.spacecraft, "Choose a spacecraft.");
		}
		if (this.start.getValue() == null) {
			valid = invalid(this.start, "A start is required.");
		}
		if (this.end.getValue() == null) {
			valid = invalid(this.end, "An end is required.");
		}
		else if (this.start.getValue() != null) {
			Duration span = Duration.between(this.start.getValue(), this.end.getValue());
			if (span.isNegative() || span.isZero()) {
				valid = invalid(this.end, "The end must be after the start.");
			}
			else if (span.compareTo(MAX_SPAN) > 0) {
				valid = invalid(this.end, "At most " + MAX_SPAN.toDays() + " days after the start.");
			}
		}
		if (this.station.getValue().isBlank()) {
			valid = invalid(this.station, "A station name is required.");
		}
		for (NumberField field : List.of(this.latitude, this.longitude, this.altitude, this.minElevation)) {
			Double value = field.getValue();
			if (value == null || field.isInvalid() || value < field.getMin() || value > field.getMax()) {
				valid = invalid(field, "A number from " + field.getMin() + " to " + field.getMax() + ".");
			}
		}
		if (!valid) {
			return null;
		}
		return new PassPredictionRequest(this.spacecraft.getValue().strip(), utc(this.start.getValue()),
				utc(this.end.getValue()),
				List.of(new PassPredictionRequest.Station(this.station.getValue().strip(), this.latitude.getValue(),
						this.longitude.getValue(), this.altitude.getValue(), this.minElevation.getValue())));
	}

	private HasValidation fieldAt(String pointer) {
		return switch (pointer) {
			case "/spacecraftId" -> this.spacecraft;
			case "/start" -> this.start;
			case "/end" -> this.end;
			case "/stations/0/name" -> this.station;
			case "/stations/0/latitude" -> this.latitude;
			case "/stations/0/longitude" -> this.longitude;
			case "/stations/0/altitude" -> this.altitude;
			case "/stations/0/minElevation" -> this.minElevation;
			default -> null;
		};
	}

	private static boolean invalid(HasValidation field, String message) {
		field.setErrorMessage(message);
		field.setInvalid(true);
		return false;
	}

	private static Instant utc(LocalDateTime time) {
		return time.toInstant(ZoneOffset.UTC);
	}

	private void watch(String id) {
		this.watched = id;
		this.jobId.setText(id);
		this.passes.setItems(List.of());
		this.passCount.setText("");
		this.cancel.setEnabled(true);
		refresh();
	}

	private void refresh() {
		if (this.watched == null) {
			return;
		}
		try {
			JsonNode job = this.jobs.job(this.watched);
			String now = job.path("state").asString();
			this.state.setText(now + (job.hasNonNull("error") ? ": " + job.path("error").asString() : ""));
			this.state.getElement().setAttribute("data-state", now);
			this.progress.setValue(Math.max(0, Math.min(1, job.path("progress").asDouble())));
			boolean ended = now.equals("SUCCEEDED") || now.equals("FAILED") || now.equals("CANCELLED");
			if (ended) {
				this.cancel.setEnabled(false);
				this.watched = null;
				if (now.equals("SUCCEEDED")) {
					List<JsonNode> rows = new java.util.ArrayList<>();
					job.path("result").path("passes").forEach(rows::add);
					this.passes.setItems(rows);
					this.passCount.setText(rows.size() + " passes");
				}
			}
		}
		catch (RuntimeException ex) {
			if (!this.notice.show(ex)) {
				throw ex;
			}
		}
	}

	private void cancel() {
		if (this.watched == null) {
			return;
		}
		try {
			this.jobs.cancel(this.watched);
			refresh();
		}
		catch (ServiceProblemException ex) {
			this.notice.show(ex);
			refresh();
		}
		catch (RuntimeException ex) {
			if (!this.notice.show(ex)) {
				throw ex;
			}
		}
	}

	@Override
	protected void onAttach(AttachEvent event) {
		UI ui = event.getUI();
		ui.setPollInterval(1000);
		this.polling = ui.addPollListener((poll) -> refresh());
	}

	@Override
	protected void onDetach(DetachEvent event) {
		event.getUI().setPollInterval(-1);
		if (this.polling != null) {
			this.polling.remove();
		}
	}

	/**
	 * An instant as operators read it: to the second (the worker answers nanoseconds).
	 */
	static String toSecond(String instant) {
		try {
			return Instant.parse(instant).truncatedTo(ChronoUnit.SECONDS).toString();
		}
		catch (DateTimeParseException ex) {
			return instant;
		}
	}

}

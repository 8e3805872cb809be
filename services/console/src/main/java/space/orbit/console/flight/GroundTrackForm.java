package space.orbit.console.flight;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import tools.jackson.databind.JsonNode;

import space.orbit.console.layout.Count;

/**
 * GROUND_TRACK: a spacecraft's sub-satellite points over a span; the points as a map and
 * a table.
 */
class GroundTrackForm extends JobForm {

	final ComboBox<String> spacecraft;

	final DateTimePicker start;

	final DateTimePicker end;

	final NumberField step = number("Step (s)", "gt-step", 60.0, WorkerLimits.MIN_STEP_SECONDS,
			WorkerLimits.MAX_STEP_SECONDS);

	GroundTrackForm(List<String> spacecraftIds) {
		super("Compute ground track", "gt-submit");
		this.spacecraft = spacecraftBox("gt-spacecraft", spacecraftIds);
		var minute = nowUtc().truncatedTo(ChronoUnit.MINUTES);
		this.start = utcPicker("Start (UTC)", "gt-start", minute);
		// About one low orbit.
		this.end = utcPicker("End (UTC)", "gt-end", minute.plusMinutes(95));
		layOut(this.spacecraft, this.start, this.end, this.step);
	}

	@Override
	String type() {
		return "GROUND_TRACK";
	}

	@Override
	GroundTrackRequest request() {
		clearMessages();
		boolean valid = spacecraftChosen(this.spacecraft);
		boolean spanValid = span(this.start, this.end, "start");
		valid &= spanValid;
		if (!inRange(this.step)) {
			valid = false;
		}
		else if (spanValid) {
			long points = points(Duration.between(this.start.getValue(), this.end.getValue()), this.step.getValue());
			if (points > WorkerLimits.MAX_TRACK_POINTS) {
				valid = invalid(this.step, "The track would have " + points + " points, more than "
						+ WorkerLimits.MAX_TRACK_POINTS + ": shorten it or take a longer step.");
			}
		}
		if (!valid) {
			return null;
		}
		return new GroundTrackRequest(this.spacecraft.getValue().strip(), utc(this.start.getValue()),
				utc(this.end.getValue()), this.step.getValue());
	}

	/** Points the worker computes: one every step from the start, the end included. */
	static long points(Duration span, double stepSeconds) {
		return (long) (span.toMillis() / 1000.0 / stepSeconds + 1);
	}

	@Override
	HasValidation fieldAt(String pointer) {
		return switch (pointer) {
			case "/spacecraftId", "/tle" -> this.spacecraft;
			case "/start" -> this.start;
			case "/end" -> this.end;
			case "/stepSeconds" -> this.step;
			default -> null;
		};
	}

	@Override
	Component result(JsonNode result) {
		List<JsonNode> points = Results.items(result.path("points"));
		Span summary = new Span(Count.of(points.size(), "point") + " · NORAD " + result.path("noradId").asInt()
				+ " · TLE epoch " + Results.toSecond(result.path("tleEpoch").asString()));
		summary.setId("gt-count");
		summary.getElement().setAttribute("data-points", Integer.toString(points.size()));
		Grid<JsonNode> table = new Grid<>();
		table.setId("gt-points");
		table.addColumn((p) -> Results.toSecond(p.path("time").asString())).setHeader("Time (UTC)").setAutoWidth(true);
		table.addColumn((p) -> Results.fixed(p.path("latitude").asDouble(), 3))
			.setHeader("Latitude (deg)")
			.setAutoWidth(true);
		table.addColumn((p) -> Results.fixed(p.path("longitude").asDouble(), 3))
			.setHeader("Longitude (deg)")
			.setAutoWidth(true);
		table.addColumn((p) -> Results.fixed(p.path("altitude").asDouble(), 1))
			.setHeader("Altitude (km)")
			.setAutoWidth(true);
		table.setItems(points);
		table.setHeight("22em");
		table.setMaxWidth("48em");
		List<double[]> latLon = points.stream()
			.map((p) -> new double[] { p.path("latitude").asDouble(), p.path("longitude").asDouble() })
			.toList();
		VerticalLayout shown = new VerticalLayout(summary, GroundTrackMap.of(latLon), table);
		shown.setPadding(false);
		return shown;
	}

}

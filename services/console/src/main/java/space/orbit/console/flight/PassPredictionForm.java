package space.orbit.console.flight;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import tools.jackson.databind.JsonNode;

/**
 * PASS_PREDICTION: a spacecraft's passes over one ground station; the passes as a table.
 */
class PassPredictionForm extends JobForm {

	final ComboBox<String> spacecraft;

	final DateTimePicker start;

	final DateTimePicker end;

	final TextField station = new TextField("Station");

	final NumberField latitude = number("Latitude (deg)", "fd-latitude", 67.86, -90, 90);

	final NumberField longitude = number("Longitude (deg)", "fd-longitude", 20.96, -180, 180);

	final NumberField altitude = number("Altitude (m)", "fd-altitude", 400.0, -500, 9000);

	final NumberField minElevation = number("Min. elevation (deg)", "fd-min-elevation", 5.0, -5, 89);

	PassPredictionForm(List<String> spacecraftIds) {
		super("Predict passes", "fd-submit");
		this.spacecraft = spacecraftBox("fd-spacecraft", spacecraftIds);
		var hour = nowUtc().truncatedTo(ChronoUnit.HOURS);
		this.start = utcPicker("Start (UTC)", "fd-start", hour);
		this.end = utcPicker("End (UTC)", "fd-end", hour.plusDays(1));
		this.station.setId("fd-station");
		this.station.setValue("KIRUNA");
		layOut(this.spacecraft, this.start, this.end, this.station, this.latitude, this.longitude, this.altitude,
				this.minElevation);
	}

	@Override
	String type() {
		return "PASS_PREDICTION";
	}

	@Override
	PassPredictionRequest request() {
		clearMessages();
		boolean valid = spacecraftChosen(this.spacecraft);
		valid &= span(this.start, this.end, "start");
		if (this.station.getValue().isBlank()) {
			valid = invalid(this.station, "A station name is required.");
		}
		else if (this.station.getValue().strip().length() > WorkerLimits.MAX_ID) {
			valid = invalid(this.station, "At most " + WorkerLimits.MAX_ID + " characters.");
		}
		for (NumberField field : List.of(this.latitude, this.longitude, this.altitude, this.minElevation)) {
			valid &= inRange(field);
		}
		if (!valid) {
			return null;
		}
		return new PassPredictionRequest(this.spacecraft.getValue().strip(), utc(this.start.getValue()),
				utc(this.end.getValue()),
				List.of(new PassPredictionRequest.Station(this.station.getValue().strip(), this.latitude.getValue(),
						this.longitude.getValue(), this.altitude.getValue(), this.minElevation.getValue())));
	}

	@Override
	HasValidation fieldAt(String pointer) {
		return switch (pointer) {
			case "/spacecraftId", "/tle" -> this.spacecraft;
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

	@Override
	Component result(JsonNode result) {
		Grid<JsonNode> passes = new Grid<>();
		passes.setId("fd-passes");
		passes.addColumn((p) -> p.path("station").asString()).setHeader("Station").setAutoWidth(true);
		passes.addColumn((p) -> Results.toSecond(p.path("aos").asString())).setHeader("AOS").setAutoWidth(true);
		passes.addColumn((p) -> Results.toSecond(p.path("los").asString())).setHeader("LOS").setAutoWidth(true);
		passes.addColumn((p) -> String.format(Locale.ROOT, "%.1f", p.path("maxElevation").asDouble()))
			.setHeader("Max. elevation (deg)")
			.setAutoWidth(true);
		passes.addColumn((p) -> String.format(Locale.ROOT, "%.0f", p.path("durationSeconds").asDouble()))
			.setHeader("Duration (s)")
			.setAutoWidth(true);
		passes.addColumn((p) -> p.path("partial").asBoolean() ? "partial" : "").setHeader("").setAutoWidth(true);
		List<JsonNode> rows = Results.items(result.path("passes"));
		passes.setItems(rows);
		passes.setAllRowsVisible(true);
		// "pass" takes "es": not Count's plural.
		Span count = new Span((rows.size() == 1) ? "1 pass" : rows.size() + " passes");
		count.setId("fd-pass-count");
		return new VerticalLayout(count, passes);
	}

}

package space.orbit.console.flight;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import tools.jackson.databind.JsonNode;

import space.orbit.console.layout.Count;

/**
 * CONJUNCTION_SCREENING: spacecraft of the mission database and pasted objects screened
 * for approaches under a threshold; the close approaches as a table, nearest first.
 */
class ConjunctionScreeningForm extends JobForm {

	final MultiSelectComboBox<String> spacecraft = new MultiSelectComboBox<>("Spacecraft (mission database)");

	final TextArea objects = new TextArea("Other objects (name, line 1, line 2 each)");

	final DateTimePicker start;

	final DateTimePicker end;

	final NumberField threshold = number("Threshold (km)", "cs-threshold", 10.0, 0, WorkerLimits.MAX_THRESHOLD_KM);

	ConjunctionScreeningForm(List<String> spacecraftIds) {
		super("Screen for conjunctions", "cs-submit");
		this.spacecraft.setId("cs-spacecraft");
		if (spacecraftIds != null) {
			this.spacecraft.setItems(spacecraftIds);
		}
		else {
			this.spacecraft.setHelperText("The mission database is unavailable: paste TLEs below");
		}
		this.objects.setId("cs-objects");
		this.objects.setHelperText("Three-line element sets as CelesTrak publishes them; optional");
		this.objects.setMaxHeight("12em");
		// TLE columns line up in a monospaced font (the label and helper keep the
		// page's).
		this.objects.addAttachListener((attach) -> this.objects.getElement()
			.executeJs("this.querySelector('textarea').style.fontFamily = 'monospace'"));
		this.threshold.setHelperText("more than 0, at most " + WorkerLimits.MAX_THRESHOLD_KM);
		var hour = nowUtc().truncatedTo(ChronoUnit.HOURS);
		this.start = utcPicker("Start (UTC)", "cs-start", hour);
		this.end = utcPicker("End (UTC)", "cs-end", hour.plusDays(1));
		layOut(this.spacecraft, this.start, this.end, this.threshold, this.objects);
		// One TLE line is 69 characters: the pasted objects take the form's whole width.
		this.objects.getElement().setAttribute("colspan", "4");
	}

	@Override
	String type() {
		return "CONJUNCTION_SCREENING";
	}

	@Override
	ConjunctionScreeningRequest request() {
		clearMessages();
		boolean valid = span(this.start, this.end, "start");
		Double km = this.threshold.getValue();
		if (km == null || this.threshold.isInvalid() || km <= 0 || km > WorkerLimits.MAX_THRESHOLD_KM) {
			valid = invalid(this.threshold, "More than 0 km, at most " + WorkerLimits.MAX_THRESHOLD_KM + " km.");
		}
		TleCatalog.Parsed pasted = TleCatalog.parse(this.objects.getValue());
		if (pasted.error() != null) {
			return invalidOnly(this.objects, pasted.error());
		}
		List<String> ids = new ArrayList<>(this.spacecraft.getSelectedItems());
		ids.sort(Comparator.naturalOrder());
		int size = ids.size() + pasted.entries().size();
		if (size < 2 || size > WorkerLimits.MAX_CATALOG) {
			valid = invalid(this.spacecraft, "A screening needs 2 to " + WorkerLimits.MAX_CATALOG
					+ " objects (spacecraft and pasted objects together), not " + size + ".");
		}
		Set<String> seen = new HashSet<>(ids);
		for (var entry : pasted.entries()) {
			if (!seen.add(entry.id())) {
				valid = invalid(this.objects, "Object names must differ: '" + entry.id() + "' appears twice.");
				break;
			}
		}
		if (!valid) {
			return null;
		}
		return new ConjunctionScreeningRequest(ids, pasted.entries(), utc(this.start.getValue()),
				utc(this.end.getValue()), km);
	}

	private static ConjunctionScreeningRequest invalidOnly(HasValidation field, String message) {
		invalid(field, message);
		return null;
	}

	@Override
	HasValidation fieldAt(String pointer) {
		if (pointer.startsWith("/spacecraftIds")) {
			return this.spacecraft;
		}
		if (pointer.startsWith("/objects/")) {
			return this.objects;
		}
		return switch (pointer) {
			case "/objects" -> this.spacecraft;
			case "/start" -> this.start;
			case "/end" -> this.end;
			case "/thresholdKm" -> this.threshold;
			default -> null;
		};
	}

	@Override
	Component result(JsonNode result) {
		List<JsonNode> approaches = new ArrayList<>(Results.items(result.path("conjunctions")));
		approaches.sort(Comparator.comparingDouble((JsonNode c) -> c.path("missDistance").asDouble()));
		String filtered = (result.path("filteredByAltitude").asInt() > 0)
				? " · " + result.path("filteredByAltitude").asInt() + " never near another (altitude filter)" : "";
		// "approach" takes "es": not Count's plural.
		String count = (approaches.size() == 1) ? "1 close approach" : approaches.size() + " close approaches";
		Span summary = new Span(count + " among " + Count.of(result.path("objects").asInt(), "object") + filtered);
		summary.setId("cs-count");
		summary.getElement().setAttribute("data-conjunctions", Integer.toString(approaches.size()));
		Grid<JsonNode> table = new Grid<>();
		table.setId("cs-conjunctions");
		table.addColumn((c) -> Results.fixed(c.path("missDistance").asDouble(), 3))
			.setHeader("Miss distance (km)")
			.setAutoWidth(true);
		table.addColumn((c) -> Results.toSecond(c.path("tca").asString()))
			.setHeader("Closest approach (UTC)")
			.setAutoWidth(true);
		table.addColumn((c) -> c.path("objectA").asString()).setHeader("Object").setAutoWidth(true);
		table.addColumn((c) -> c.path("objectB").asString()).setHeader("Object").setAutoWidth(true);
		table.addColumn((c) -> Results.fixed(c.path("relativeSpeed").asDouble(), 3))
			.setHeader("Relative speed (km/s)")
			.setAutoWidth(true);
		table.setItems(approaches);
		table.setHeight("22em");
		table.setMaxWidth("64em");
		VerticalLayout shown = new VerticalLayout(summary);
		List<JsonNode> failed = Results.items(result.path("failed"));
		if (!failed.isEmpty()) {
			Span left = new Span("Left out (SGP4 could not propagate them): "
					+ String.join("; ", failed.stream().map(JsonNode::asString).toList()));
			left.setId("cs-failed");
			shown.add(left);
		}
		shown.add(table);
		shown.setPadding(false);
		return shown;
	}

}

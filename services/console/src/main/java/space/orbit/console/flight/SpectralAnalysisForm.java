package space.orbit.console.flight;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import tools.jackson.databind.JsonNode;

import space.orbit.console.chart.SvgLineChart;
import space.orbit.console.layout.Count;

/**
 * SPECTRAL_ANALYSIS: the power spectrum of a parameter's stored history; the spectrum as
 * a chart and its peaks as a table.
 */
class SpectralAnalysisForm extends JobForm {

	final ComboBox<String> spacecraft;

	final TextField parameter = new TextField("Parameter");

	final DateTimePicker from;

	final DateTimePicker to;

	final IntegerField peaks = new IntegerField("Peaks");

	SpectralAnalysisForm(List<String> spacecraftIds) {
		super("Analyse spectrum", "sa-submit");
		this.spacecraft = spacecraftBox("sa-spacecraft", spacecraftIds);
		this.parameter.setId("sa-parameter");
		this.parameter.setHelperText("A numeric parameter, e.g. EPS.BATTERY.VOLTAGE");
		var minute = nowUtc().truncatedTo(ChronoUnit.MINUTES);
		this.from = utcPicker("From (UTC)", "sa-from", minute.minusHours(1));
		this.to = utcPicker("To (UTC)", "sa-to", minute.plusMinutes(1));
		this.peaks.setId("sa-peaks-wanted");
		this.peaks.setValue(5);
		this.peaks.setMin(1);
		this.peaks.setMax(WorkerLimits.MAX_PEAKS);
		this.peaks.setHelperText("1 to " + WorkerLimits.MAX_PEAKS);
		layOut(this.spacecraft, this.parameter, this.from, this.to, this.peaks);
		// Parameter names are long (SUBSYSTEM.PART.QUANTITY): two columns.
		this.parameter.getElement().setAttribute("colspan", "2");
	}

	@Override
	String type() {
		return "SPECTRAL_ANALYSIS";
	}

	@Override
	SpectralAnalysisRequest request() {
		clearMessages();
		boolean valid = spacecraftChosen(this.spacecraft);
		if (blank(this.parameter.getValue())) {
			valid = invalid(this.parameter, "Name a numeric parameter.");
		}
		else if (this.parameter.getValue().strip().length() > WorkerLimits.MAX_PARAMETER) {
			valid = invalid(this.parameter, "At most " + WorkerLimits.MAX_PARAMETER + " characters.");
		}
		valid &= span(this.from, this.to, "From");
		Integer wanted = this.peaks.getValue();
		if (wanted == null || this.peaks.isInvalid() || wanted < 1 || wanted > WorkerLimits.MAX_PEAKS) {
			valid = invalid(this.peaks, "A whole number from 1 to " + WorkerLimits.MAX_PEAKS + ".");
		}
		if (!valid) {
			return null;
		}
		return new SpectralAnalysisRequest(this.spacecraft.getValue().strip(), this.parameter.getValue().strip(),
				utc(this.from.getValue()), utc(this.to.getValue()), wanted);
	}

	@Override
	HasValidation fieldAt(String pointer) {
		return switch (pointer) {
			case "/spacecraftId" -> this.spacecraft;
			case "/parameter" -> this.parameter;
			case "/from" -> this.from;
			case "/to" -> this.to;
			case "/peaks" -> this.peaks;
			default -> null;
		};
	}

	@Override
	Component result(JsonNode result) {
		Span summary = new Span(Count.of(result.path("samples").asInt(), "sample") + " resampled every "
				+ String.format(Locale.ROOT, "%.4g", result.path("sampleInterval").asDouble()) + " s");
		summary.setId("sa-summary");
		Div chart = SvgLineChart.of(spectrum(result), "frequency (Hz)", "power, dB below the strongest", 640, 260);
		chart.setId("sa-chart");
		Grid<JsonNode> table = new Grid<>();
		table.setId("sa-peaks");
		table.addColumn((p) -> significant(p.path("period").asDouble())).setHeader("Period (s)").setAutoWidth(true);
		table.addColumn((p) -> significant(p.path("frequency").asDouble()))
			.setHeader("Frequency (Hz)")
			.setAutoWidth(true);
		table.addColumn((p) -> Results.fixed(100 * p.path("relativePower").asDouble(), 2))
			.setHeader("Share of power (%)")
			.setAutoWidth(true);
		table.setItems(Results.items(result.path("peaks")));
		table.setAllRowsVisible(true);
		table.setWidth("26em");
		HorizontalLayout both = new HorizontalLayout(chart, table);
		both.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.START);
		VerticalLayout shown = new VerticalLayout(summary, both);
		shown.setPadding(false);
		return shown;
	}

	/**
	 * The spectrum's points: frequency, and power in decibels below the strongest bin
	 * (floored at -120 dB so empty bins do not flatten the rest).
	 */
	static List<double[]> spectrum(JsonNode result) {
		JsonNode frequencies = result.path("frequencies");
		JsonNode power = result.path("power");
		double max = 0;
		for (JsonNode p : power) {
			max = Math.max(max, p.asDouble());
		}
		List<double[]> points = new ArrayList<>();
		for (int i = 0; i < Math.min(frequencies.size(), power.size()); i++) {
			double db = (max > 0) ? 10 * Math.log10(Math.max(power.get(i).asDouble() / max, 1e-12)) : 0;
			points.add(new double[] { frequencies.get(i).asDouble(), db });
		}
		return points;
	}

	static String significant(double value) {
		return String.format(Locale.ROOT, "%.4g", value);
	}

}

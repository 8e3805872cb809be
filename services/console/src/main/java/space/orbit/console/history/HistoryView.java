package space.orbit.console.history;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import space.orbit.console.chart.TimeSeriesChart;
import space.orbit.console.layout.MainLayout;
import space.orbit.console.layout.ServiceNotice;

/**
 * History: one or two parameters of a spacecraft over a span from the enricher's archive,
 * raw or reduced by step, as a chart on one time axis and a table with raw and calibrated
 * values side by side; and the span exported as CSV.
 */
@Route(value = "history", layout = MainLayout.class)
@PermitAll
@PageTitle("History · Orbit console")
public class HistoryView extends VerticalLayout {

	private final ArchiveClient archive;

	private final ServiceNotice notice = new ServiceNotice("history-notice");

	private final HistoryForm form = new HistoryForm();

	private final Div chart = new Div();

	private final Span summary = new Span();

	private final Grid<HistoryRows.Row> table = new Grid<>();

	public HistoryView(ArchiveClient archive) {
		this.archive = archive;
		Button show = new Button("Show", (click) -> show());
		show.setId("history-show");
		show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.chart.setId("history-chart");
		this.summary.setId("history-summary");
		this.table.setId("history-table");
		this.table.setHeight("24em");
		this.form.spacecraft.addValueChangeListener((change) -> offerParameters(change.getValue()));
		HistoryExport export = new HistoryExport(archive, this::validQuery, this.notice);
		HorizontalLayout actions = new HorizontalLayout(show, export);
		actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		this.table.setVisible(false);
		add(new H2("History"), this.notice, this.form, actions, this.chart, this.summary, this.table);
		offerSpacecraft();
	}

	private HistoryQuery validQuery() {
		return this.form.query();
	}

	private void offerSpacecraft() {
		try {
			this.form.spacecraft.setItems(this.archive.spacecraft());
		}
		catch (RuntimeException ex) {
			// names are offered, not needed: a spacecraft can still be typed
			this.notice.show(ex);
		}
	}

	private void offerParameters(String spacecraftId) {
		if (spacecraftId == null || spacecraftId.isBlank()) {
			return;
		}
		try {
			List<String> names = this.archive.parameters(spacecraftId);
			this.form.parameter.setItems(names);
			this.form.compare.setItems(names);
		}
		catch (RuntimeException ex) {
			this.notice.show(ex);
		}
	}

	private void show() {
		HistoryQuery query = this.form.query();
		if (query == null) {
			return;
		}
		List<ArchiveSeries> series = new ArrayList<>();
		try {
			for (String parameter : query.parameters()) {
				series.add(this.archive.read(query, parameter));
			}
			this.notice.clear();
		}
		catch (RuntimeException ex) {
			if (!this.notice.show(ex)) {
				throw ex;
			}
			return;
		}
		this.chart.removeAll();
		this.chart.add(TimeSeriesChart.of(HistoryRows.chart(series)));
		columns(query, series);
		List<HistoryRows.Row> rows = HistoryRows.merge(series);
		this.table.setItems(rows);
		this.table.setVisible(true);
		this.summary.setText(summary(query, series, rows.size()));
		this.summary.getElement().setAttribute("data-rows", Integer.toString(rows.size()));
	}

	/**
	 * The time, then per parameter its columns under one joined header cell naming it
	 * (raw, calibrated; or count, min, avg, max).
	 */
	private void columns(HistoryQuery query, List<ArchiveSeries> series) {
		this.table.removeAllColumns();
		while (this.table.getHeaderRows().size() > 1) {
			this.table.removeHeaderRow(this.table.getHeaderRows().getFirst());
		}
		Grid.Column<HistoryRows.Row> time = this.table.addColumn(HistoryRows.Row::time)
			.setHeader(query.reduced() ? "Step from (UTC)" : "Time (UTC)")
			.setAutoWidth(true);
		List<List<Grid.Column<HistoryRows.Row>>> groups = new ArrayList<>();
		for (int i = 0; i < series.size(); i++) {
			int s = i;
			String unit = (series.get(i).unit() != null) ? " (" + series.get(i).unit() + ")" : "";
			List<String> fields = query.reduced() ? List.of("count", "min", "avg", "max")
					: List.of("raw", "calibrated");
			List<Grid.Column<HistoryRows.Row>> group = new ArrayList<>();
			for (String field : fields) {
				String header = field.equals("count") || field.equals("raw") ? field : field + unit;
				group.add(this.table.addColumn((row) -> text(row.of(s), field)).setHeader(header).setAutoWidth(true));
			}
			groups.add(group);
		}
		HeaderRow names = this.table.prependHeaderRow();
		for (int i = 0; i < series.size(); i++) {
			names.join(groups.get(i).toArray(Grid.Column<?>[]::new)).setText(series.get(i).parameter());
		}
		// joining header cells groups the columns; the time stays first
		List<Grid.Column<HistoryRows.Row>> order = new ArrayList<>(List.of(time));
		groups.forEach(order::addAll);
		this.table.setColumnOrder(order);
	}

	private static String text(ArchiveSeries.Point point, String field) {
		if (point == null) {
			return "";
		}
		Object value = switch (field) {
			case "count" -> point.count();
			case "min" -> point.min();
			case "max" -> point.max();
			case "raw" -> point.raw();
			default -> point.calibrated();
		};
		return (value instanceof Double number) ? significant(number) : (value != null) ? value.toString() : "";
	}

	/**
	 * Six significant digits, no trailing zeros, no exponent: 28.1, 2810, 0.000123457.
	 */
	static String significant(double value) {
		if (!Double.isFinite(value)) {
			return Double.toString(value);
		}
		return new BigDecimal(String.format(Locale.ROOT, "%.6g", value)).stripTrailingZeros().toPlainString();
	}

	private static String summary(HistoryQuery query, List<ArchiveSeries> series, int rows) {
		StringBuilder text = new StringBuilder();
		text.append(rows)
			.append(query.reduced() ? " steps of " + query.step() : " times")
			.append(" from ")
			.append(query.from())
			.append(" to ")
			.append(query.to());
		for (ArchiveSeries one : series) {
			if (one.truncated()) {
				text.append("; ")
					.append(one.parameter())
					.append(": the first ")
					.append(String.format(Locale.ROOT, "%,d", ArchiveClient.RAW_SHOWN))
					.append(" samples shown (reduce by step to see the whole span, or export it)");
			}
		}
		return text.toString();
	}

}

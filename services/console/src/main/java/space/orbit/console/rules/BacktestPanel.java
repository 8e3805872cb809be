package space.orbit.console.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import space.orbit.console.api.ServiceProblemException;
import space.orbit.console.layout.Count;
import space.orbit.console.layout.ServiceNotice;
import space.orbit.console.layout.UtcPicker;

/**
 * The backtest of the rule in the editor (saved or not, enabled or not): a span of the
 * archive (at most 7 days), the spacecraft and, for a pattern, the parameters to read;
 * the alerts it would have raised as a table, or a note that it would have raised none.
 */
class BacktestPanel extends VerticalLayout {

	static final Duration MAX_SPAN = Duration.ofDays(7);

	private final RulesApi api;

	private final RuleEditor editor;

	private final ServiceNotice notice;

	private final DateTimePicker from = UtcPicker.of("From (UTC)");

	private final DateTimePicker to = UtcPicker.of("To (UTC)");

	private final TextField spacecraft = new TextField("Spacecraft");

	private final TextField parameters = new TextField("Parameters (for a pattern)");

	private final Span summary = new Span();

	private final Grid<JsonNode> results = new Grid<>();

	private final Span message = new Span();

	BacktestPanel(RulesApi api, RuleEditor editor, ServiceNotice notice) {
		this.api = api;
		this.editor = editor;
		this.notice = notice;
		setPadding(false);
		LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
		this.from.setId("backtest-from");
		this.from.setValue(now.minusHours(1));
		this.to.setId("backtest-to");
		this.to.setValue(now);
		this.spacecraft.setId("backtest-spacecraft");
		this.spacecraft.setPlaceholder("the rule's, if it names one");
		this.parameters.setId("backtest-parameters");
		this.parameters.setPlaceholder("EPS.BATTERY.VOLTAGE, EPS.BATTERY.CURRENT");
		this.parameters.setWidth("26em");
		Button run = new Button("Run backtest", click -> run());
		run.setId("backtest-run");
		run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		HorizontalLayout span = new HorizontalLayout(this.from, this.to);
		HorizontalLayout what = new HorizontalLayout(this.spacecraft, this.parameters, run);
		what.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		this.summary.setId("backtest-summary");
		this.results.setId("backtest-results");
		this.results.addColumn(alert -> alert.path("spacecraftId").asString())
			.setHeader("Spacecraft")
			.setAutoWidth(true);
		this.results.addColumn(alert -> alert.path("parameter").asString()).setHeader("Parameter").setAutoWidth(true);
		this.results.addColumn(alert -> alert.path("detector").asString()).setHeader("Detector").setAutoWidth(true);
		this.results.addColumn(alert -> alert.path("severity").asString()).setHeader("Severity").setAutoWidth(true);
		this.results.addColumn(alert -> alert.path("firstSeen").asString()).setHeader("First seen").setAutoWidth(true);
		this.results.addColumn(alert -> alert.path("lastSeen").asString()).setHeader("Last seen").setAutoWidth(true);
		this.results.addColumn(alert -> alert.path("count").asLong()).setHeader("Samples").setAutoWidth(true);
		this.results.addColumn(alert -> alert.path("active").asBoolean() ? "still active" : "cleared")
			.setHeader("At the end")
			.setAutoWidth(true);
		// Nine columns do not fit at 1440 px: the message (the value against the limit)
		// is
		// each row's tooltip and, for the row clicked, the line below the table.
		this.results.getColumns().forEach(column -> column.setTooltipGenerator(BacktestPanel::message));
		this.message.setId("backtest-message");
		this.results.addSelectionListener(
				change -> this.message.setText(change.getFirstSelectedItem().map(BacktestPanel::message).orElse("")));
		this.results.setHeight("14em");
		this.results.setVisible(false);
		add(new H3("Backtest"), span, what, this.summary, this.results, this.message);
	}

	private void run() {
		for (HasValidation field : List.of(this.from, this.to, this.spacecraft, this.parameters)) {
			field.setInvalid(false);
		}
		Optional<ObjectNode> rule = this.editor.rule();
		List<String> names = Arrays.stream(this.parameters.getValue().split("[,\\s]+"))
			.filter(name -> !name.isBlank())
			.toList();
		if (rule.isEmpty() | !checked(rule.orElse(null), names)) {
			return;
		}
		try {
			JsonNode result = this.api.backtest(rule.get(), utc(this.from.getValue()), utc(this.to.getValue()),
					this.spacecraft.getValue(), names);
			this.notice.clear();
			show(result);
		}
		catch (ServiceProblemException ex) {
			this.summary.setText("");
			this.results.setVisible(false);
			placeErrors(ex);
		}
		catch (RuntimeException ex) {
			if (!this.notice.show(ex)) {
				throw ex;
			}
		}
	}

	/**
	 * What can be checked before sending; false (with messages at the fields) if wrong.
	 */
	private boolean checked(ObjectNode rule, List<String> names) {
		boolean ok = true;
		if (this.from.getValue() == null) {
			ok = invalid(this.from, "Pick the span's start.");
		}
		if (this.to.getValue() == null) {
			ok = invalid(this.to, "Pick the span's end.");
		}
		else if (this.from.getValue() != null) {
			if (!this.to.getValue().isAfter(this.from.getValue())) {
				ok = invalid(this.to, "The end must be after the start.");
			}
			else if (Duration.between(this.from.getValue(), this.to.getValue()).compareTo(MAX_SPAN) > 0) {
				ok = invalid(this.to, "A backtest spans at most 7 days.");
			}
		}
		if (rule != null && this.spacecraft.getValue().isBlank() && !rule.path("spacecraftId").isString()) {
			ok = invalid(this.spacecraft, "The rule covers every spacecraft: name the one to replay.");
		}
		if (rule != null && rule.path("parameter").asString("").contains("*") && names.isEmpty()) {
			ok = invalid(this.parameters, "The rule's parameter is a pattern: list the parameters to read.");
		}
		return ok;
	}

	private void show(JsonNode result) {
		List<JsonNode> alerts = new ArrayList<>();
		result.path("alerts").forEach(alerts::add);
		long samples = result.path("samples").asLong();
		this.results.setItems(alerts);
		this.message.setText("");
		this.results.setVisible(!alerts.isEmpty());
		this.summary.getElement().setAttribute("data-alerts", Integer.toString(alerts.size()));
		this.summary.setText(alerts.isEmpty()
				? "Nothing would have been raised: " + Count.of(samples, "archived sample")
						+ " replayed, none broke the rule."
				: Count.of(alerts.size(), "alert") + " would have been raised over "
						+ Count.of(samples, "archived sample") + ". Click a row for its message.");
	}

	private static String message(JsonNode alert) {
		return alert.path("message").asString("");
	}

	private void placeErrors(ServiceProblemException ex) {
		boolean placed = this.editor.showErrors(ex.problem(), "/rule");
		for (var error : ex.problem().errors()) {
			String pointer = String.valueOf(error.pointer());
			HasValidation field = switch (pointer.startsWith("/parameters") ? "/parameters" : pointer) {
				case "/from" -> this.from;
				case "/to" -> this.to;
				case "/spacecraftId" -> this.spacecraft;
				case "/parameters" -> this.parameters;
				default -> null;
			};
			if (field != null) {
				placed = !invalid(field, error.detail());
			}
		}
		if (!placed) {
			this.notice.show(ex);
		}
	}

	private static boolean invalid(HasValidation field, String message) {
		field.setErrorMessage(message);
		field.setInvalid(true);
		return false;
	}

	private static Instant utc(LocalDateTime time) {
		return time.toInstant(ZoneOffset.UTC);
	}

}

package space.orbit.console.rules;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSingleSelectionModel;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import space.orbit.console.api.ServiceProblemException;
import space.orbit.console.layout.MainLayout;
import space.orbit.console.layout.ServiceNotice;
import space.orbit.console.operator.CurrentOperator;

/**
 * Detection rules through the analyzer: the list; a rule edited as the JSON a PUT takes
 * (the analyzer's 422 shown at the id or under the editor, pointer by pointer); enable,
 * disable and delete (admin); and a backtest of the rule in the editor, saved or not
 * (operator). What the role may not do is not offered.
 */
@Route(value = "rules", layout = MainLayout.class)
@PermitAll
@PageTitle("Rules · Orbit console")
public class RulesView extends VerticalLayout {

	static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

	static final String TEMPLATE = """
			{
			  "parameter" : "PROP.TANK.PRESSURE",
			  "enabled" : false,
			  "description" : "What the rule is for",
			  "limits" : { "warningHigh" : 25.0, "criticalHigh" : 28.0, "hysteresis" : 0.5 }
			}""";

	private final RulesApi api;

	private final ServiceNotice notice = new ServiceNotice("rules-notice");

	private final Grid<JsonNode> grid = new Grid<>();

	private final TextField id = new TextField("Id");

	private final RuleEditor editor = new RuleEditor();

	private final Button toggle = new Button("Disable");

	private final Button delete = new Button("Delete");

	public RulesView(RulesApi api, CurrentOperator operator) {
		this.api = api;
		setWidthFull();
		this.grid.setId("rules");
		// Clicking the rule shown keeps it shown (a second click would otherwise clear
		// the
		// editor's selection and disable Enable and Delete).
		((GridSingleSelectionModel<JsonNode>) this.grid.getSelectionModel()).setDeselectAllowed(false);
		this.grid.addColumn(rule -> rule.path("id").asString()).setHeader("Id").setAutoWidth(true);
		this.grid.addColumn(rule -> rule.path("parameter").asString()).setHeader("Parameter").setAutoWidth(true);
		this.grid.addColumn(rule -> rule.path("spacecraftId").asString("all"))
			.setHeader("Spacecraft")
			.setAutoWidth(true);
		this.grid.addComponentColumn(RulesView::enabledBadge).setHeader("State").setAutoWidth(true);
		this.grid.addColumn(RuleEditor::detectors).setHeader("Detectors").setFlexGrow(1);
		this.grid.addColumn(rule -> rule.path("version").asLong()).setHeader("Version").setAutoWidth(true);
		this.grid.addColumn(rule -> rule.path("updatedBy").asString("")).setHeader("Changed by").setAutoWidth(true);
		this.grid.setHeight("16em");
		this.grid.addSelectionListener(change -> show(change.getFirstSelectedItem()));

		this.id.setId("rule-id");
		this.id.setWidth("20em");
		this.id.setHelperText("1-64 of a-z, 0-9, '.', '_', '-'");
		boolean admin = operator.offered().editRules();
		this.id.setReadOnly(!admin);
		this.editor.setReadOnly(!admin);
		Button create = new Button("New rule", click -> newRule());
		create.setId("rule-new");
		Button save = new Button("Save", click -> save());
		save.setId("rule-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.toggle.setId("rule-toggle");
		this.toggle.addClickListener(click -> toggle());
		this.delete.setId("rule-delete");
		this.delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
		this.delete.addClickListener(click -> confirmDelete());
		HorizontalLayout actions = new HorizontalLayout(create, save, this.toggle, this.delete);
		// Changing a rule needs the role admin: the analyzer would refuse anyone else
		// (403).
		actions.setVisible(admin);
		VerticalLayout editing = new VerticalLayout(this.id, this.editor, actions);
		editing.setPadding(false);
		editing.setWidth("34em");

		add(new H2("Detection rules"), this.notice, this.grid, editing);
		// A backtest acts (role operator) and changes nothing.
		if (operator.offered().act()) {
			BacktestPanel backtest = new BacktestPanel(api, this.editor, this.notice);
			backtest.setWidthFull();
			add(backtest);
		}
		load(null);
		newRule();
	}

	private void load(String select) {
		try {
			List<JsonNode> rules = this.api.list();
			this.grid.setItems(rules);
			this.notice.clear();
			rules.stream().filter(rule -> rule.path("id").asString().equals(select)).findFirst().ifPresent(rule -> {
				this.grid.select(rule);
				this.grid.scrollToItem(rule);
			});
		}
		catch (RuntimeException ex) {
			this.grid.setItems(List.of());
			if (!this.notice.show(ex)) {
				throw ex;
			}
		}
	}

	private void show(Optional<JsonNode> rule) {
		this.id.setInvalid(false);
		this.editor.clearErrors();
		this.toggle.setEnabled(rule.isPresent());
		this.delete.setEnabled(rule.isPresent());
		rule.ifPresent(served -> {
			this.id.setValue(served.path("id").asString());
			ObjectNode editable = RulesApi.editable(served);
			editable.remove("id");
			this.editor.setJson(RulesApi.pretty(editable));
			this.toggle.setText(served.path("enabled").asBoolean(true) ? "Disable" : "Enable");
		});
	}

	private void newRule() {
		this.grid.deselectAll();
		this.id.clear();
		this.editor.setJson(TEMPLATE);
	}

	private void save() {
		this.id.setInvalid(false);
		String ruleId = this.id.getValue().strip();
		boolean idOk = ID.matcher(ruleId).matches();
		if (!idOk) {
			this.id.setErrorMessage("The id must be 1-64 of a-z, 0-9, '.', '_', '-', starting with a letter or digit.");
			this.id.setInvalid(true);
		}
		Optional<ObjectNode> rule = this.editor.rule();
		if (idOk && rule.isPresent()) {
			put(ruleId, rule.get(), "Saved");
		}
	}

	private void toggle() {
		this.grid.getSelectedItems().stream().findFirst().ifPresent(served -> {
			ObjectNode rule = RulesApi.editable(served);
			boolean enable = !served.path("enabled").asBoolean(true);
			rule.put("enabled", enable);
			put(served.path("id").asString(), rule, enable ? "Enabled" : "Disabled");
		});
	}

	private void put(String ruleId, ObjectNode rule, String done) {
		try {
			this.api.put(ruleId, rule);
			load(ruleId);
			Notification.show(done + ": " + ruleId).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		}
		catch (ServiceProblemException ex) {
			String idError = ex.problem().detailAt("/id");
			if (idError != null) {
				this.id.setErrorMessage(idError);
				this.id.setInvalid(true);
			}
			this.editor.showErrors(ex.problem(), "");
		}
		catch (RuntimeException ex) {
			if (!this.notice.show(ex)) {
				throw ex;
			}
		}
	}

	private void confirmDelete() {
		this.grid.getSelectedItems().stream().findFirst().ifPresent(served -> {
			String ruleId = served.path("id").asString();
			Dialog dialog = new Dialog();
			dialog.setHeaderTitle("Delete the rule " + ruleId + "?");
			dialog.add(new Div(new Span("Its alerts clear with their conditions. This cannot be undone.")));
			Button confirm = new Button("Delete", click -> {
				dialog.close();
				delete(ruleId);
			});
			confirm.setId("rule-delete-confirm");
			confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
			dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
			dialog.open();
		});
	}

	private void delete(String ruleId) {
		try {
			this.api.delete(ruleId);
			load(null);
			newRule();
			Notification.show("Deleted: " + ruleId).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		}
		catch (RuntimeException ex) {
			if (!this.notice.show(ex)) {
				throw ex;
			}
		}
	}

	private static Span enabledBadge(JsonNode rule) {
		boolean enabled = rule.path("enabled").asBoolean(true);
		Span badge = new Span(enabled ? "enabled" : "disabled");
		badge.getElement().getThemeList().add(enabled ? "badge success" : "badge contrast");
		return badge;
	}

}

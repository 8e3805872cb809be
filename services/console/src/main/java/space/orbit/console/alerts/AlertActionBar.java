package space.orbit.console.alerts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import space.orbit.console.alerts.AlertRecords.ActionBody;
import space.orbit.console.alerts.AlertRecords.Alert;
import space.orbit.console.alerts.AlertRecords.BulkResult;
import space.orbit.console.alerts.AlertRecords.Outcome;
import space.orbit.console.api.ServiceProblemException;
import space.orbit.console.layout.Count;
import space.orbit.console.layout.ServiceNotice;
import space.orbit.console.operator.CurrentOperator;

/**
 * What an operator does to the selected alerts, all at once and each with a comment:
 * acknowledge, shelve for a duration, unshelve, clear, assign, unassign, tag, untag or
 * just comment. Checked here first (nothing is sent when a field is wrong), then sent as
 * one bulk action; the analyzer does or refuses each alert on its own.
 */
class AlertActionBar extends VerticalLayout {

	static final int MAX_COMMENT = 1000;

	/** The analyzer's tag: lower-case letters, digits and . _ : -, 1 to 32 characters. */
	static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9._:-]{0,31}");

	static final int MAX_TAGS = 10;

	private static final Map<String, Duration> SHELF = new LinkedHashMap<>();

	static {
		SHELF.put("15 minutes", Duration.ofMinutes(15));
		SHELF.put("1 hour", Duration.ofHours(1));
		SHELF.put("4 hours", Duration.ofHours(4));
		SHELF.put("1 day", Duration.ofDays(1));
		SHELF.put("7 days", Duration.ofDays(7));
	}

	private final AlertsApi api;

	private final CurrentOperator operator;

	private final ServiceNotice notice;

	private final Runnable reload;

	private final TextArea comment = new TextArea("Comment");

	private final Select<String> shelveFor = new Select<>();

	private final TextField assignee = new TextField("Assign to");

	private final TextField tags = new TextField("Tags");

	private final Span selection = new Span();

	private Set<Alert> chosen = Set.of();

	AlertActionBar(AlertsApi api, CurrentOperator operator, ServiceNotice notice, Runnable reload) {
		this.api = api;
		this.operator = operator;
		this.notice = notice;
		this.reload = reload;
		setPadding(false);
		setSpacing(false);
		this.comment.setId("alert-comment");
		this.comment.setMaxLength(MAX_COMMENT);
		this.comment.setWidth("28em");
		this.comment.setPlaceholder("Why: every action records it in the alert's log");
		this.shelveFor.setLabel("Shelve for");
		this.shelveFor.setId("alert-shelve-for");
		this.shelveFor.setItems(SHELF.keySet());
		this.shelveFor.setValue("1 hour");
		this.assignee.setId("alert-assignee");
		this.assignee.setPlaceholder("me, or a person");
		this.tags.setId("alert-tags");
		this.tags.setPlaceholder("thermal, eps (lower-case)");
		this.tags.setWidth("16em");
		this.selection.setId("alert-selection");
		HorizontalLayout fields = new HorizontalLayout(this.comment, this.shelveFor, this.assignee, this.tags,
				this.selection);
		fields.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		HorizontalLayout buttons = new HorizontalLayout();
		for (AlertAction action : AlertAction.values()) {
			Button button = new Button(action.label(), (click) -> act(action));
			button.setId(action.buttonId());
			if (action == AlertAction.ACKNOWLEDGE) {
				button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			}
			buttons.add(button);
		}
		add(fields, buttons);
	}

	/** The alerts the next action is for. */
	void select(Set<Alert> alerts) {
		this.chosen = Set.copyOf(alerts);
		this.selection.setText(alerts.isEmpty() ? "" : alerts.size() + " selected");
	}

	private void act(AlertAction action) {
		for (HasValidation field : List.<HasValidation>of(this.comment, this.assignee, this.tags)) {
			field.setInvalid(false);
		}
		if (this.chosen.isEmpty()) {
			this.selection.setText("Select one or more alerts first.");
			return;
		}
		String text = this.comment.getValue().strip();
		List<String> tagList = (action == AlertAction.TAG || action == AlertAction.UNTAG) ? tags() : null;
		String who = (action == AlertAction.ASSIGN) ? this.assignee.getValue().strip() : null;
		boolean invalid = false;
		if (text.isEmpty()) {
			invalid = invalid(this.comment, "A comment is required: say why.");
		}
		if (who != null && (who.isEmpty() || who.length() > 100)) {
			invalid = invalid(this.assignee, "Name who: a person, or me.");
		}
		if (tagList != null && tagList.isEmpty()) {
			invalid = true;
		}
		if (invalid) {
			return;
		}
		String duration = (action == AlertAction.SHELVE) ? SHELF.get(this.shelveFor.getValue()).toString() : null;
		List<Long> ids = this.chosen.stream().map(Alert::id).sorted().toList();
		ActionBody body = new ActionBody(ids, action.path(), this.operator.name(), text, duration, who,
				(action == AlertAction.TAG) ? tagList : null, (action == AlertAction.UNTAG) ? tagList : null);
		BulkResult result;
		try {
			result = this.api.act(body);
		}
		catch (ServiceProblemException ex) {
			this.notice.showAtFields(ex, this::fieldAt);
			return;
		}
		catch (RuntimeException ex) {
			if (!this.notice.show(ex)) {
				throw ex;
			}
			return;
		}
		done(action, result);
	}

	private void done(AlertAction action, BulkResult result) {
		this.reload.run();
		if (result.done() > 0) {
			this.comment.clear();
			String text = action.label() + ": " + Count.of(result.done(), "alert");
			getUI().ifPresent((ui) -> Notification.show(text).addThemeVariants(NotificationVariant.LUMO_SUCCESS));
		}
		List<String> refused = new ArrayList<>();
		for (Outcome outcome : result.results()) {
			if (outcome.problem() != null) {
				refused.add("#" + outcome.id() + ": " + outcome.problem().detail());
			}
		}
		if (!refused.isEmpty()) {
			this.notice.show("The analyzer refused " + refused.size() + ": " + String.join("; ", refused));
		}
	}

	/** The tags field's tags, or empty with the field marked when one is wrong. */
	private List<String> tags() {
		List<String> list = Arrays.stream(this.tags.getValue().split("[,\\s]+"))
			.map(String::strip)
			.filter((tag) -> !tag.isEmpty())
			.distinct()
			.toList();
		if (list.isEmpty()) {
			invalid(this.tags, "Name at least one tag.");
			return List.of();
		}
		if (list.size() > MAX_TAGS) {
			invalid(this.tags, "At most " + MAX_TAGS + " tags at once.");
			return List.of();
		}
		for (String tag : list) {
			if (!TAG.matcher(tag).matches()) {
				invalid(this.tags, "'" + tag + "' is not a tag: a-z 0-9 . _ : -, at most 32");
				return List.of();
			}
		}
		return list;
	}

	private HasValidation fieldAt(String pointer) {
		if (pointer.startsWith("/comment")) {
			return this.comment;
		}
		if (pointer.startsWith("/assignee")) {
			return this.assignee;
		}
		return (pointer.startsWith("/add") || pointer.startsWith("/remove")) ? this.tags : null;
	}

	private static boolean invalid(HasValidation field, String message) {
		field.setErrorMessage(message);
		field.setInvalid(true);
		return true;
	}

}

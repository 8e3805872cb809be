package space.orbit.console.mission;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import space.orbit.console.ConsoleProperties;
import space.orbit.console.api.ServiceProblemException;
import space.orbit.console.layout.MainLayout;
import space.orbit.console.layout.ServiceNotice;
import space.orbit.console.operator.CurrentOperator;
import space.orbit.console.mission.MissionRecords.Spacecraft;
import space.orbit.console.mission.MissionRecords.SpacecraftBody;
import space.orbit.console.mission.MissionRecords.Tle;

/**
 * Spacecraft with their TLEs: the epoch's age, a warning when older than
 * {@code orbit.console.tle-stale-after}; a spacecraft's name and TLE edited through the
 * processor's API.
 */
@Route(value = "spacecraft", layout = MainLayout.class)
@PermitAll
@PageTitle("Spacecraft · Orbit console")
public class SpacecraftView extends VerticalLayout {

	private static final int TLE_LENGTH = 69;

	private final MissionDatabase database;

	private final Duration staleAfter;

	private final ServiceNotice notice = new ServiceNotice("spacecraft-notice");

	private final Grid<Spacecraft> grid = new Grid<>();

	private final TextField name = new TextField("Name");

	private final IntegerField noradId = new IntegerField("NORAD id");

	private final TextField line1 = new TextField("TLE line 1");

	private final TextField line2 = new TextField("TLE line 2");

	private final Button save = new Button("Save");

	private Spacecraft editing;

	/** Only an admin changes the mission database: the processor refuses others (403). */
	private final boolean editable;

	public SpacecraftView(MissionDatabase database, ConsoleProperties properties, CurrentOperator operator) {
		this.editable = operator.offered().editMissionDatabase();
		this.database = database;
		this.staleAfter = properties.tleStaleAfter();
		setSizeFull();
		this.grid.setId("spacecraft");
		this.grid.addColumn(Spacecraft::id).setHeader("Id").setAutoWidth(true);
		this.grid.addColumn(Spacecraft::missionId).setHeader("Mission").setAutoWidth(true);
		this.grid.addColumn(Spacecraft::name).setHeader("Name").setAutoWidth(true);
		this.grid.addColumn(Spacecraft::noradId).setHeader("NORAD").setAutoWidth(true);
		this.grid.addColumn((s) -> epochText(s)).setHeader("TLE epoch").setAutoWidth(true);
		this.grid.addComponentColumn(this::age).setHeader("Epoch age").setAutoWidth(true);
		this.grid.setAllRowsVisible(true);
		this.grid.asSingleSelect().addValueChangeListener((change) -> edit(change.getValue()));
		for (TextField line : new TextField[] { this.line1, this.line2 }) {
			line.setWidthFull();
			line.getStyle().set("font-family", "monospace");
		}
		this.name.setId("spacecraft-name");
		this.noradId.setId("spacecraft-norad");
		this.line1.setId("tle-line1");
		this.line2.setId("tle-line2");
		this.save.addClickListener((click) -> save());
		this.save.setId("spacecraft-save");
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		FormLayout form = new FormLayout(this.name, this.noradId, this.line1, this.line2);
		form.setColspan(this.line1, 2);
		form.setColspan(this.line2, 2);
		form.setMaxWidth("60em");
		this.name.setReadOnly(!this.editable);
		this.noradId.setReadOnly(!this.editable);
		this.line1.setReadOnly(!this.editable);
		this.line2.setReadOnly(!this.editable);
		add(new H2("Spacecraft"), this.notice, this.grid, form, this.save);
		edit(null);
		load();
	}

	private void load() {
		try {
			this.grid.setItems(this.database.spacecraft());
			this.notice.clear();
		}
		catch (RuntimeException ex) {
			failed(ex);
		}
	}

	private String epochText(Spacecraft spacecraft) {
		Instant epoch = (spacecraft.tle() != null) ? TleEpoch.of(spacecraft.tle().line1()) : null;
		return (epoch != null) ? epoch.toString() : "no TLE";
	}

	private Span age(Spacecraft spacecraft) {
		Instant epoch = (spacecraft.tle() != null) ? TleEpoch.of(spacecraft.tle().line1()) : null;
		if (epoch == null) {
			return new Span("");
		}
		Instant now = Clock.systemUTC().instant();
		Span age = new Span(TleEpoch.age(epoch, now));
		if (Duration.between(epoch, now).compareTo(this.staleAfter) > 0) {
			age.setText(age.getText() + " - stale");
			age.getElement()
				.setAttribute("title", "Older than " + this.staleAfter.toDays()
						+ " days (orbit.console.tle-stale-after): predictions drift; load a newer TLE");
			age.getElement().setAttribute("data-stale", "true");
			age.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
		}
		return age;
	}

	private void edit(Spacecraft spacecraft) {
		this.editing = spacecraft;
		for (HasValidation field : new HasValidation[] { this.name, this.noradId, this.line1, this.line2 }) {
			field.setInvalid(false);
		}
		this.name.setValue((spacecraft != null) ? spacecraft.name() : "");
		this.noradId.setValue((spacecraft != null) ? spacecraft.noradId() : null);
		Tle tle = (spacecraft != null) ? spacecraft.tle() : null;
		this.line1.setValue((tle != null) ? tle.line1() : "");
		this.line2.setValue((tle != null) ? tle.line2() : "");
		this.name.getParent().ifPresent((form) -> form.setVisible(spacecraft != null));
		this.save.setVisible(spacecraft != null && this.editable);
	}

	private void save() {
		boolean valid = required(this.name, "A name is required.");
		String one = this.line1.getValue().strip();
		String two = this.line2.getValue().strip();
		boolean hasTle = !one.isEmpty() || !two.isEmpty();
		if (hasTle) {
			valid &= line(this.line1, one, '1');
			valid &= line(this.line2, two, '2');
		}
		if (!valid) {
			return;
		}
		SpacecraftBody body = new SpacecraftBody(this.editing.id(), this.editing.missionId(),
				this.name.getValue().strip(), this.noradId.getValue(), hasTle ? new Tle(one, two) : null);
		try {
			Spacecraft saved = this.database.put(body);
			Notification.show("Saved " + saved.id() + " (version " + saved.version() + ")")
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			load();
		}
		catch (ServiceProblemException ex) {
			this.notice.showAtFields(ex, (pointer) -> switch (pointer) {
				case "/name" -> this.name;
				case "/noradId" -> this.noradId;
				case "/tle/line1", "/tle" -> this.line1;
				case "/tle/line2" -> this.line2;
				default -> null;
			});
		}
		catch (RuntimeException ex) {
			failed(ex);
		}
	}

	private static boolean required(TextField field, String message) {
		if (field.getValue().isBlank()) {
			field.setErrorMessage(message);
			field.setInvalid(true);
			return false;
		}
		field.setInvalid(false);
		return true;
	}

	/**
	 * The shape of a line; its checksum and catalogue number are the processor's to
	 * check.
	 */
	private static boolean line(TextField field, String line, char number) {
		if (line.length() != TLE_LENGTH || line.charAt(0) != number || line.charAt(1) != ' ') {
			field.setErrorMessage("A TLE line " + number + " is " + TLE_LENGTH + " characters starting with \"" + number
					+ " \" (this one has " + line.length() + ").");
			field.setInvalid(true);
			return false;
		}
		field.setInvalid(false);
		return true;
	}

	private void failed(RuntimeException ex) {
		if (!this.notice.show(ex)) {
			throw ex;
		}
	}

}

package space.orbit.console.mission;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import space.orbit.console.api.ServiceProblemException;
import space.orbit.console.layout.MainLayout;
import space.orbit.console.layout.ServiceNotice;
import space.orbit.console.operator.CurrentOperator;
import space.orbit.console.mission.MissionRecords.Mission;
import space.orbit.console.mission.MissionRecords.MissionBody;

/** Missions: listed, created and renamed through the processor's API. */
@Route(value = "missions", layout = MainLayout.class)
@PermitAll
@PageTitle("Missions · Orbit console")
public class MissionsView extends VerticalLayout {

	private final MissionDatabase database;

	private final ServiceNotice notice = new ServiceNotice("missions-notice");

	private final Grid<Mission> grid = new Grid<>();

	private final TextField id = new TextField("Id");

	private final TextField name = new TextField("Name");

	private final TextArea description = new TextArea("Description");

	public MissionsView(MissionDatabase database, CurrentOperator operator) {
		this.database = database;
		this.grid.setId("missions");
		this.grid.addColumn(Mission::id).setHeader("Id").setAutoWidth(true);
		this.grid.addColumn(Mission::name).setHeader("Name").setAutoWidth(true);
		this.grid.addColumn(Mission::description).setHeader("Description").setFlexGrow(1);
		this.grid.addColumn(Mission::updatedAt).setHeader("Updated").setAutoWidth(true);
		this.grid.setAllRowsVisible(true);
		this.grid.asSingleSelect().addValueChangeListener((change) -> {
			Mission mission = change.getValue();
			this.id.setValue((mission != null) ? mission.id() : "");
			this.name.setValue((mission != null) ? mission.name() : "");
			this.description.setValue((mission != null && mission.description() != null) ? mission.description() : "");
		});
		this.id.setId("mission-id");
		this.id.setHelperText("Capitals, digits and dashes, e.g. MARS-RELAY");
		this.name.setId("mission-name");
		this.description.setId("mission-description");
		Button save = new Button("Save", (click) -> save());
		save.setId("mission-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		FormLayout form = new FormLayout(this.id, this.name, this.description);
		form.setColspan(this.description, 2);
		form.setMaxWidth("50em");
		// Only an admin changes the mission database: the processor refuses others (403).
		form.setVisible(operator.offered().editMissionDatabase());
		save.setVisible(operator.offered().editMissionDatabase());
		add(new H2("Missions"), this.notice, this.grid, form, save);
		load();
	}

	private void load() {
		try {
			this.grid.setItems(this.database.missions());
			this.notice.clear();
		}
		catch (RuntimeException ex) {
			if (!this.notice.show(ex)) {
				throw ex;
			}
		}
	}

	private void save() {
		this.id.setInvalid(false);
		this.name.setInvalid(false);
		boolean valid = true;
		if (this.id.getValue().isBlank()) {
			this.id.setErrorMessage("An id is required.");
			this.id.setInvalid(true);
			valid = false;
		}
		if (this.name.getValue().isBlank()) {
			this.name.setErrorMessage("A name is required.");
			this.name.setInvalid(true);
			valid = false;
		}
		if (!valid) {
			return;
		}
		String text = this.description.getValue().strip();
		try {
			Mission saved = this.database.put(new MissionBody(this.id.getValue().strip(), this.name.getValue().strip(),
					text.isEmpty() ? null : text));
			Notification.show("Saved " + saved.id()).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			load();
		}
		catch (ServiceProblemException ex) {
			this.notice.showAtFields(ex, (pointer) -> switch (pointer) {
				case "/id" -> this.id;
				case "/name" -> this.name;
				default -> null;
			});
		}
		catch (RuntimeException ex) {
			if (!this.notice.show(ex)) {
				throw ex;
			}
		}
	}

}

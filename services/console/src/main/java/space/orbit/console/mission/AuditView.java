package space.orbit.console.mission;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import space.orbit.console.layout.Count;
import space.orbit.console.layout.MainLayout;
import space.orbit.console.layout.ServiceNotice;
import space.orbit.console.mission.MissionRecords.AuditEntry;
import space.orbit.console.mission.MissionRecords.AuditPage;

/**
 * The mission database's audit trail as the processor keeps it: who changed which
 * mission, spacecraft or parameter, when, and each changed field before and after; newest
 * first, filtered by kind and record, older pages on request.
 */
@Route(value = "audit", layout = MainLayout.class)
@PermitAll
@PageTitle("Mission database changes · Orbit console")
public class AuditView extends VerticalLayout implements BeforeEnterObserver {

	static final int PAGE = 100;

	/** The kinds of record the processor's audit trail knows. */
	static final List<String> KINDS = List.of("mission", "spacecraft", "parameter");

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private final MissionDatabase database;

	private final ServiceNotice notice = new ServiceNotice("audit-notice");

	private final Select<String> kind = new Select<>();

	private final TextField entityId = new TextField("Record");

	private final Grid<AuditEntry> grid = new Grid<>();

	private final Span shown = new Span();

	private final Button older = new Button("Older changes");

	private final List<AuditEntry> entries = new ArrayList<>();

	private String next;

	private boolean entering;

	public AuditView(MissionDatabase database) {
		this.database = database;
		setSizeFull();
		this.kind.setId("audit-kind");
		this.kind.setLabel("Kind");
		this.kind.setItems(KINDS);
		this.kind.setEmptySelectionAllowed(true);
		this.kind.setEmptySelectionCaption("All kinds");
		this.kind.addValueChangeListener((change) -> reload());
		this.entityId.setId("audit-entity");
		this.entityId.setPlaceholder("ORB-1 or ORBIT-DEMO/EPS.BATTERY.VOLTAGE");
		this.entityId.setWidth("24em");
		this.entityId.setClearButtonVisible(true);
		this.entityId.setValueChangeMode(ValueChangeMode.ON_CHANGE);
		this.entityId.addValueChangeListener((change) -> reload());
		this.shown.setId("audit-shown");
		this.older.setId("audit-older");
		this.older.addClickListener((click) -> more());
		this.grid.setId("audit");
		// Widths in px: an em in the header (a smaller font) is not one in the body.
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
		this.grid.addColumn((e) -> WHEN.format(e.at())).setHeader("When").setWidth("200px").setFlexGrow(0);
		this.grid.addColumn(AuditEntry::actor).setHeader("Who").setWidth("200px").setFlexGrow(0);
		this.grid.addColumn((e) -> e.action().toLowerCase(Locale.ROOT))
			.setHeader("Action")
			.setWidth("100px")
			.setFlexGrow(0);
		this.grid.addColumn((e) -> e.kind() + " " + e.entityId()).setHeader("Record").setWidth("340px").setFlexGrow(0);
		this.grid.addComponentColumn(AuditView::changes).setHeader("Before → after").setFlexGrow(1);
		this.grid.setSizeFull();
		HorizontalLayout filters = new HorizontalLayout(this.kind, this.entityId, this.shown, this.older);
		filters.setAlignItems(Alignment.BASELINE);
		add(new H2("Mission database changes"), this.notice, filters, this.grid);
	}

	/** The path of this view filtered to one record. */
	static String link(String kind, String entityId) {
		return "audit?kind=" + encode(kind) + "&entityId=" + encode(entityId);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var parameters = event.getLocation().getQueryParameters().getParameters();
		String kindParameter = parameters.getOrDefault("kind", List.of()).stream().findFirst().orElse(null);
		this.entering = true;
		this.kind.setValue(KINDS.contains(kindParameter) ? kindParameter : null);
		this.entityId.setValue(parameters.getOrDefault("entityId", List.of("")).getFirst());
		this.entering = false;
		reload();
	}

	private void reload() {
		if (this.entering) {
			return;
		}
		this.entries.clear();
		this.next = null;
		load();
	}

	private void more() {
		load();
	}

	private void load() {
		try {
			String entity = this.entityId.getValue().strip();
			AuditPage page = this.database.audit(this.kind.getValue(), entity.isEmpty() ? null : entity, this.next,
					PAGE);
			this.entries.addAll(page.items());
			this.next = page.next();
			this.grid.setItems(this.entries);
			this.shown.setText(Count.of(this.entries.size(), "change") + ", newest first"
					+ ((this.next != null) ? "; older ones on request" : ""));
			this.older.setEnabled(this.next != null);
			this.shown.getElement().setAttribute("data-count", Integer.toString(this.entries.size()));
			this.notice.clear();
		}
		catch (RuntimeException ex) {
			if (!this.notice.show(ex)) {
				throw ex;
			}
		}
	}

	/**
	 * Each changed field on a line; an entry older than before/after shows its summary.
	 */
	private static Div changes(AuditEntry entry) {
		Div cell = new Div();
		cell.addClassName("audit-changes");
		if (entry.before() == null && entry.after() == null) {
			cell.add(new Span(entry.summary()));
			return cell;
		}
		List<AuditDiff.Change> changes = AuditDiff.changes(entry.before(), entry.after());
		if (changes.isEmpty()) {
			cell.add(new Span("Saved unchanged"));
		}
		for (AuditDiff.Change change : changes) {
			Div line = new Div(new Span(change.field() + ": "), new Span(change.before() + " → " + change.after()));
			line.getStyle().set("white-space", "normal").set("overflow-wrap", "anywhere");
			line.getElement().getChild(0).getStyle().set("font-weight", "600");
			cell.add(line);
		}
		return cell;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}

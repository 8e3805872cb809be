package space.orbit.console.flight;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;

import space.orbit.console.api.ServiceProblemException;
import space.orbit.console.layout.MainLayout;
import space.orbit.console.layout.ServiceNotice;
import space.orbit.console.operator.CurrentOperator;

/**
 * Flight dynamics (ADR 0025): one tab per worker job type, each a form checked before
 * sending; the job submitted is watched in one panel under the tabs (state, progress,
 * Cancel) and its result drawn there as tables and charts.
 */
@Route(value = "flight-dynamics", layout = MainLayout.class)
@PermitAll
@PageTitle("Flight dynamics · Orbit console")
public class FlightDynamicsView extends VerticalLayout {

	private final JobsApi jobs;

	private final ServiceNotice notice = new ServiceNotice("flight-notice");

	private final JobPanel panel;

	private Registration polling;

	public FlightDynamicsView(JobsApi jobs, CurrentOperator operator) {
		this.jobs = jobs;
		List<String> spacecraft = spacecraftIds();
		Map<String, JobForm> forms = new LinkedHashMap<>();
		for (JobForm form : List.of(new PassPredictionForm(spacecraft), new GroundTrackForm(spacecraft),
				new ConjunctionScreeningForm(spacecraft), new SpectralAnalysisForm(spacecraft))) {
			forms.put(form.type(), form);
			form.onSubmit(this::submit);
			form.offer(operator.offered().act());
		}
		this.panel = new JobPanel(jobs, this.notice, forms, operator.offered().act());
		Tabs tabs = new Tabs(tab("Pass prediction", "fd-tab-pass"), tab("Ground track", "fd-tab-track"),
				tab("Conjunction screening", "fd-tab-screening"), tab("Spectral analysis", "fd-tab-spectral"));
		List<JobForm> byTab = List.copyOf(forms.values());
		// Only the chosen form is on the page: each keeps its values while another shows.
		Div shown = new Div(byTab.get(0));
		shown.setWidthFull();
		tabs.addSelectedChangeListener((change) -> {
			shown.removeAll();
			shown.add(byTab.get(tabs.getSelectedIndex()));
		});
		add(new H2("Flight dynamics"), this.notice, tabs, shown, this.panel);
	}

	private static Tab tab(String label, String id) {
		Tab tab = new Tab(label);
		tab.setId(id);
		return tab;
	}

	/** The mission database's spacecraft, or null when it does not answer. */
	private List<String> spacecraftIds() {
		try {
			return this.jobs.spacecraftIds();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private void submit(JobForm form) {
		Object request = form.request();
		if (request == null) {
			return;
		}
		try {
			String id = this.jobs.submit(request);
			this.notice.clear();
			this.panel.watch(id);
		}
		catch (ServiceProblemException ex) {
			this.notice.showAtFields(ex, form::fieldAt);
		}
		catch (RuntimeException ex) {
			if (!this.notice.show(ex)) {
				throw ex;
			}
		}
	}

	@Override
	protected void onAttach(AttachEvent event) {
		UI ui = event.getUI();
		ui.setPollInterval(1000);
		this.polling = ui.addPollListener((poll) -> this.panel.refresh());
	}

	@Override
	protected void onDetach(DetachEvent event) {
		event.getUI().setPollInterval(-1);
		if (this.polling != null) {
			this.polling.remove();
		}
	}

}

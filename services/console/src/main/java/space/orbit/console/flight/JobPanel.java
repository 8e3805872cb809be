package space.orbit.console.flight;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import tools.jackson.databind.JsonNode;

import space.orbit.console.api.ServiceProblemException;
import space.orbit.console.layout.ServiceNotice;

/**
 * The job being watched, whatever its type: its id, type, state and progress read back
 * from the worker at each poll, Cancel while it has not ended, and its result drawn by
 * its type's form once it has succeeded. Any job can be opened by its id (a viewer too).
 */
class JobPanel extends VerticalLayout {

	private static final Set<String> ENDED = Set.of("SUCCEEDED", "FAILED", "CANCELLED");

	private final JobsApi jobs;

	private final ServiceNotice notice;

	private final Map<String, JobForm> forms;

	private final Span jobId = new Span();

	private final Span type = new Span();

	private final Span state = new Span();

	private final ProgressBar progress = new ProgressBar();

	private final Button cancel = new Button("Cancel job");

	private final TextField open = new TextField();

	private final Div result = new Div();

	private final HorizontalLayout status;

	private String watched;

	JobPanel(JobsApi jobs, ServiceNotice notice, Map<String, JobForm> forms, boolean act) {
		this.jobs = jobs;
		this.notice = notice;
		this.forms = forms;
		this.jobId.setId("fd-job-id");
		this.type.setId("fd-job-type");
		this.state.setId("fd-job-state");
		this.progress.setWidth("12em");
		this.cancel.setId("fd-cancel");
		this.cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
		this.cancel.addClickListener((click) -> cancel());
		this.cancel.setEnabled(false);
		// A viewer cancels no job: the worker would refuse it (403).
		this.cancel.setVisible(act);
		this.open.setId("fd-open-id");
		this.open.setPlaceholder("another job's id, e.g. from the dashboard");
		this.open.setWidth("24em");
		Button show = new Button("Open job", (click) -> openById());
		show.setId("fd-open");
		this.status = new HorizontalLayout(new Span("Job:"), this.jobId, this.type, this.state, this.progress,
				this.cancel);
		this.status.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		this.status.setWrap(true);
		// Before a job is submitted or opened: no progress to show, nothing to cancel.
		this.type.setText("none yet");
		this.progress.setVisible(false);
		this.cancel.setEnabled(false);
		HorizontalLayout other = new HorizontalLayout(this.open, show);
		other.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		this.result.setId("fd-result");
		this.result.setWidthFull();
		setPadding(false);
		add(this.status, this.result, other);
	}

	/** Watches a job from now on (the one just submitted, or one opened by id). */
	void watch(String id) {
		this.watched = id;
		this.progress.setVisible(true);
		this.jobId.setText(id);
		this.type.setText("");
		this.state.setText("");
		this.state.getElement().removeAttribute("data-state");
		this.progress.setValue(0);
		this.result.removeAll();
		this.cancel.setEnabled(true);
		refresh();
	}

	/** Reads the watched job back; draws its result once it has succeeded. */
	void refresh() {
		if (this.watched == null) {
			return;
		}
		try {
			show(this.jobs.job(this.watched));
		}
		catch (ServiceProblemException ex) {
			this.notice.show(ex);
			this.watched = null;
			this.cancel.setEnabled(false);
		}
		catch (RuntimeException ex) {
			if (!this.notice.show(ex)) {
				throw ex;
			}
		}
	}

	private void show(JsonNode job) {
		String now = job.path("state").asString();
		this.type.setText(job.path("type").asString());
		this.state.setText(now + (job.hasNonNull("error") ? ": " + job.path("error").asString() : ""));
		this.state.getElement().setAttribute("data-state", now);
		this.progress.setValue(Math.max(0, Math.min(1, job.path("progress").asDouble())));
		if (!ENDED.contains(now)) {
			return;
		}
		this.cancel.setEnabled(false);
		this.watched = null;
		JobForm form = this.forms.get(job.path("type").asString());
		if (now.equals("SUCCEEDED") && form != null) {
			this.result.add(form.result(job.path("result")));
		}
	}

	private void cancel() {
		if (this.watched == null) {
			return;
		}
		try {
			this.jobs.cancel(this.watched);
		}
		catch (ServiceProblemException ex) {
			// Ended meanwhile (409): the notice says so, the state below shows how.
			this.notice.show(ex);
		}
		catch (RuntimeException ex) {
			if (!this.notice.show(ex)) {
				throw ex;
			}
			return;
		}
		refresh();
	}

	private void openById() {
		String id = this.open.getValue().strip();
		this.open.setInvalid(false);
		try {
			UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			this.open.setErrorMessage("A job id such as 0f8e4c8a-…, as the worker gave it.");
			this.open.setInvalid(true);
			return;
		}
		this.notice.clear();
		watch(id);
	}

}

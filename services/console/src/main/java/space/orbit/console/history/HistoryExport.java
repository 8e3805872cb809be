package space.orbit.console.history;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;

import space.orbit.console.layout.ServiceNotice;

/**
 * The CSV export: a download the browser saves as it arrives, relayed from the enricher's
 * stream a buffer at a time (the console never holds the file), with the rows copied
 * against the enricher's announced count as progress, and a Cancel that stops the relay
 * and breaks the download off (a cancelled file is not left looking complete).
 */
class HistoryExport extends HorizontalLayout {

	private final ArchiveClient archive;

	private final Supplier<HistoryQuery> query;

	private final ServiceNotice notice;

	private final Button start = new Button("Export CSV", VaadinIcon.DOWNLOAD.create());

	private final Button cancel = new Button("Cancel", VaadinIcon.CLOSE_SMALL.create());

	private final ProgressBar progress = new ProgressBar();

	private final Span status = new Span();

	private volatile CsvRelay running;

	private Anchor link;

	/**
	 * @param query the query to export, or null when the form is not valid (its fields
	 * then say why)
	 */
	HistoryExport(ArchiveClient archive, Supplier<HistoryQuery> query, ServiceNotice notice) {
		this.archive = archive;
		this.query = query;
		this.notice = notice;
		this.start.setId("history-export");
		this.start.addClickListener((click) -> start());
		this.cancel.setId("history-export-cancel");
		this.cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
		this.cancel.setEnabled(false);
		this.cancel.addClickListener((click) -> cancel());
		this.progress.setId("history-export-progress");
		this.progress.setWidth("16em");
		this.progress.setVisible(false);
		this.status.setId("history-export-status");
		setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		add(this.start, this.progress, this.status, this.cancel);
	}

	private void start() {
		HistoryQuery chosen = this.query.get();
		if (chosen == null || this.running != null) {
			return;
		}
		this.notice.clear();
		CsvRelay relay = new CsvRelay();
		this.running = relay;
		this.start.setEnabled(false);
		this.cancel.setEnabled(true);
		this.progress.setVisible(true);
		this.progress.setIndeterminate(true);
		this.status.setText("Starting the export…");
		this.status.getElement().setAttribute("data-state", "RUNNING");
		this.status.getElement().removeAttribute("data-rows");
		UI ui = UI.getCurrent();
		ui.setPollInterval(500);
		if (this.link != null) {
			remove(this.link);
		}
		this.link = new Anchor((DownloadHandler) (event) -> relay(event, chosen, relay, ui), "");
		this.link.setId("history-export-link");
		this.link.getElement().setAttribute("download", chosen.fileName());
		add(this.link);
		this.link.getElement().executeJs("this.click()");
	}

	private void cancel() {
		CsvRelay relay = this.running;
		if (relay != null) {
			relay.cancel();
			this.status.setText("Cancelling…");
		}
	}

	private void relay(DownloadEvent event, HistoryQuery chosen, CsvRelay relay, UI ui) throws IOException {
		HttpResponse<InputStream> answer;
		try {
			answer = this.archive.export(chosen);
		}
		catch (RuntimeException ex) {
			event.getResponse().setStatus(502);
			ui.access(() -> {
				this.notice.show(ex);
				finish("FAILED", "The export did not start.");
			});
			return;
		}
		long total = answer.headers().firstValueAsLong("X-Orbit-Row-Count").orElse(-1);
		event.setFileName(chosen.fileName());
		event.setContentType("text/csv;charset=UTF-8");
		try (InputStream in = answer.body()) {
			long rows = relay.copy(in, event.getOutputStream(), (copied) -> ui.access(() -> show(copied, total)));
			ui.access(() -> finish("DONE", "Exported " + count(rows) + " rows"));
		}
		catch (CsvRelay.CancelledException ex) {
			ui.access(() -> finish("CANCELLED", "Cancelled after " + count(ex.rows()) + " of " + count(total)
					+ " rows; the download is broken off"));
			throw ex;
		}
		catch (IOException ex) {
			ui.access(() -> finish("FAILED", "The export broke off: " + ex.getMessage()));
			throw ex;
		}
	}

	private void show(long rows, long total) {
		if (total > 0) {
			this.progress.setIndeterminate(false);
			this.progress.setValue(Math.min(1.0, (double) rows / total));
		}
		this.status.setText(count(rows) + " of " + ((total >= 0) ? count(total) : "?") + " rows");
		this.status.getElement().setAttribute("data-rows", Long.toString(rows));
	}

	private void finish(String state, String text) {
		this.running = null;
		this.start.setEnabled(true);
		this.cancel.setEnabled(false);
		this.progress.setVisible(false);
		this.status.setText(text);
		this.status.getElement().setAttribute("data-state", state);
		getUI().ifPresent((ui) -> ui.setPollInterval(-1));
	}

	private static String count(long rows) {
		return String.format(Locale.ROOT, "%,d", rows);
	}

}

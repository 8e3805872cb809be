package space.orbit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@code ./orbit bench --dashboard} run: both parts, their verdicts against issue 13's
 * targets, and the machine's state; JSON and Markdown.
 *
 * @param finishedAt when the run ended
 * @param machine cores, load average, commit
 * @param stream part A, null when it did not run
 * @param streamError why part A failed, null when it did not
 * @param page part B, null when it did not run
 * @param pageError why part B failed, null when it did not
 * @param verdicts each target: pass or fail with its figure
 */
record DashboardReport(Instant finishedAt, Map<String, String> machine, StreamFigures stream, String streamError,
		PageFigures page, String pageError, Map<String, String> verdicts) {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	static DashboardReport of(Map<String, String> machine, StreamFigures stream, String streamError, PageFigures page,
			String pageError) {
		Map<String, String> verdicts = new LinkedHashMap<>();
		if (stream != null) {
			verdicts.put("stored p99 with the clients within 10 % of without", String.format(Locale.ROOT,
					"%s: ratio %.2f (%.0f ms with, %.0f ms without; %.2f against the step after them)",
					passFail(stream.p99WithinTarget()), stream.p99Ratio(), stream.with().step().latencyP99() * 1000,
					stream.without().step().latencyP99() * 1000, stream.p99RatioAgain()));
			DashboardWatch.Figures d = stream.with().dashboard();
			verdicts.put("the dashboard's heap bounded", String.format(Locale.ROOT,
					"%s: heap at most %.0f of %.0f MiB, live after GC at most %.0f MiB, queued at most %d events "
							+ "(bound %d x %d), %,.0f columns dropped",
					passFail(stream.heapBounded()), d.heapUsedMaxMib(), d.heapMaxMib(), d.liveDataMaxMib(),
					d.queuedMax(), stream.clients(), d.queueCapacity(), d.dropped()));
		}
		if (page != null) {
			verdicts.put("the page's main thread busy under 25 %",
					String.format(Locale.ROOT, "%s: %.1f %% (busiest interval %.1f %%)",
							passFail(page.busyWithinTarget()), page.busyFraction() * 100,
							page.busiestInterval() * 100));
			verdicts.put("the page's JS heap flat within 10 MB",
					String.format(Locale.ROOT,
							"%s: %.1f -> %.1f MiB after forced GCs (%+.1f MiB), max %.1f, slope %+.2f MiB/min",
							passFail(page.heapFlat()), page.heapStartMib(), page.heapEndMib(),
							page.heapEndMib() - page.heapStartMib(), page.heapMaxMib(), page.heapSlopeMibPerMinute()));
		}
		return new DashboardReport(Instant.now(), machine, stream, streamError, page, pageError, verdicts);
	}

	private static String passFail(boolean pass) {
		return pass ? "PASS" : "FAIL";
	}

	Path write(Path directory) throws IOException {
		Files.createDirectories(directory);
		String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(this.finishedAt);
		Path json = directory.resolve("dashboard-" + stamp + ".json");
		Files.writeString(json, JSON.writeValueAsString(this));
		Files.writeString(directory.resolve("dashboard-" + stamp + ".md"), markdown());
		return json;
	}

	String markdown() {
		StringBuilder md = new StringBuilder();
		md.append("Machine: ").append(this.machine).append("\n\n");
		if (this.stream != null) {
			DashboardMarkdown.stream(md, this.stream);
		}
		else if (this.streamError != null) {
			md.append("Part A (stream clients) failed: ").append(this.streamError).append("\n\n");
		}
		if (this.page != null) {
			DashboardMarkdown.page(md, this.page);
		}
		else if (this.pageError != null) {
			md.append("Part B (the page) failed: ").append(this.pageError).append("\n\n");
		}
		md.append("| target | verdict |\n|---|---|\n");
		this.verdicts
			.forEach((target, verdict) -> md.append("| ").append(target).append(" | ").append(verdict).append(" |\n"));
		return md.toString();
	}

}

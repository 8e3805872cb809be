package space.orbit.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ./orbit bench --dashboard}: issue 13's benchmark. Part A, stream clients beside
 * the pipeline at a high rate ({@link StreamLoad}); part B, a page of eight live charts
 * in headless Chromium at a steady rate ({@link PageLoad}). A part that fails is reported
 * as such and the other still runs. JSON and Markdown under .orbit/bench.
 */
public final class DashboardBench {

	private DashboardBench() {
	}

	public static void main(String[] args) throws Exception {
		DashboardOptions options = DashboardOptions.parse(args);
		Map<String, String> machine = new LinkedHashMap<>();
		machine.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
		machine.put("loadAverageAtStart", StreamLoad.loadAverage());
		machine.put("commit", commit());
		machine.put("services", BenchOptions.env("ORBIT_SERVICES", "all"));
		StreamFigures stream = null;
		String streamError = null;
		if (options.stream()) {
			try {
				stream = new StreamLoad(options).run();
			}
			catch (RuntimeException | IOException ex) {
				streamError = ex.toString();
				Bench.say("dashboard A failed: %s", ex);
			}
		}
		PageFigures page = null;
		String pageError = null;
		if (options.page()) {
			try {
				page = new PageLoad(options).run();
			}
			catch (RuntimeException | IOException | java.util.concurrent.ExecutionException ex) {
				pageError = ex.toString();
				Bench.say("dashboard B failed: %s", ex);
			}
		}
		machine.put("loadAverageAtEnd", StreamLoad.loadAverage());
		DashboardReport report = DashboardReport.of(machine, stream, streamError, page, pageError);
		Path written = report.write(options.pipeline().out());
		System.out.println();
		System.out.println(report.markdown());
		Bench.say("results: %s (.json and .md)", written);
		if (streamError != null || pageError != null) {
			System.exit(1);
		}
	}

	private static String commit() {
		try {
			Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
			String out = new String(git.getInputStream().readAllBytes()).strip();
			return (git.waitFor() == 0) ? out : "unknown";
		}
		catch (IOException ex) {
			return "unknown";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "unknown";
		}
	}

}

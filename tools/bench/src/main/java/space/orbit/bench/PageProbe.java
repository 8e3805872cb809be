package space.orbit.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a page over the Chrome DevTools Protocol: {@code Performance.getMetrics} every
 * interval, with a forced collection ({@code HeapProfiler.collectGarbage}) before the
 * first sample and before one more after the last, so the heap at the start and at the
 * end compare like with like; and the charts' own counters from the page.
 */
final class PageProbe {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String CHARTS = """
			() => { const charts = [...document.querySelectorAll('figure.chart[data-points]')];
			  return JSON.stringify({ charts: charts.length,
			    points: charts.reduce((sum, f) => sum + Number(f.dataset.points), 0),
			    version: charts.reduce((most, f) => Math.max(most, Number(f.dataset.version)), 0),
			    dropped: document.querySelector('.conductor .warn')?.textContent ?? '' }); }""";

	private final Page page;

	private final CDPSession cdp;

	PageProbe(Page page, CDPSession cdp) {
		this.page = page;
		this.cdp = cdp;
	}

	/**
	 * Samples for {@code duration}, every {@code every}; {@code loadDone} says the load
	 * ended.
	 */
	Result measure(Duration duration, Duration every, BooleanSupplier loadDone) {
		this.cdp.send("Performance.enable");
		String loadBefore = StreamLoad.loadAverage();
		long ticksBefore = chromiumTicks();
		collectGarbage();
		long start = System.nanoTime();
		List<PageSample> samples = new ArrayList<>();
		samples.add(sample(0, true));
		JsonNode first = charts();
		long periods = duration.toMillis() / every.toMillis();
		for (long k = 1; k <= periods; k++) {
			long due = start + every.toNanos() * k;
			long wait = (due - System.nanoTime()) / 1_000_000;
			if (wait > 0) {
				this.page.waitForTimeout(wait);
			}
			samples.add(sample((System.nanoTime() - start) / 1e9, false));
		}
		boolean loadOn = !loadDone.getAsBoolean();
		JsonNode last = charts();
		double seconds = (System.nanoTime() - start) / 1e9;
		double cores = (chromiumTicks() - ticksBefore) / 100.0 / seconds;
		collectGarbage();
		samples.add(sample((System.nanoTime() - start) / 1e9, true));
		return new Result(samples.get(samples.size() - 1).timestamp() - samples.get(0).timestamp(),
				first.get("charts").asInt(), first.get("points").asLong(), last.get("points").asLong(),
				first.get("version").asLong(), last.get("version").asLong(), last.get("dropped").asString(), cores,
				loadOn, loadBefore, StreamLoad.loadAverage(), samples);
	}

	private void collectGarbage() {
		try {
			this.cdp.send("HeapProfiler.collectGarbage");
		}
		catch (PlaywrightException ex) {
			// a browser that wants the domain enabled first
			this.cdp.send("HeapProfiler.enable");
			this.cdp.send("HeapProfiler.collectGarbage");
		}
		// Twice: the first may leave what a finalizer or a weak reference freed.
		this.cdp.send("HeapProfiler.collectGarbage");
	}

	private PageSample sample(double wallSeconds, boolean afterGc) {
		JsonObject answer = this.cdp.send("Performance.getMetrics");
		Map<String, Double> metrics = new HashMap<>();
		for (JsonElement metric : answer.getAsJsonArray("metrics")) {
			JsonObject m = metric.getAsJsonObject();
			metrics.put(m.get("name").getAsString(), m.get("value").getAsDouble());
		}
		return PageSample.of(wallSeconds, metrics, afterGc);
	}

	private JsonNode charts() {
		return JSON.readTree((String) this.page.evaluate(CHARTS));
	}

	/**
	 * CPU ticks of this browser's processes: Chromium's, below this JVM (Playwright's
	 * driver starts it).
	 */
	private static long chromiumTicks() {
		return ProcessHandle.current()
			.descendants()
			.filter((p) -> p.info().command().map((c) -> c.contains("chromium")).orElse(false))
			.mapToLong((p) -> ProcessStats.cpuTicks(p.pid()))
			.sum();
	}

	/**
	 * What one measurement saw.
	 *
	 * @param seconds first to last sample, by the browser's clock
	 * @param charts live charts at the start
	 * @param pointsStart columns held by the charts at the start
	 * @param pointsEnd the same at the end
	 * @param redrawsStart the charts' version at the start
	 * @param redrawsEnd the same at the end
	 * @param droppedNotice the page's note of dropped columns at the end
	 * @param chromiumCores the browser's CPU, cores
	 * @param loadOnAtEnd whether the simulator still sent at the last regular sample
	 * @param loadBefore load average at the start
	 * @param loadAfter load average at the end
	 * @param samples the samples
	 */
	record Result(double seconds, int charts, long pointsStart, long pointsEnd, long redrawsStart, long redrawsEnd,
			String droppedNotice, double chromiumCores, boolean loadOnAtEnd, String loadBefore, String loadAfter,
			List<PageSample> samples) {
	}

}

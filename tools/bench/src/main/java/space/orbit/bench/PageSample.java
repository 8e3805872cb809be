package space.orbit.bench;

import java.util.Map;

/**
 * One reading of the page's Chrome DevTools Protocol {@code Performance.getMetrics}.
 *
 * @param wallSeconds seconds since the first sample, by the bench's clock
 * @param timestamp the browser's monotonic clock, seconds ({@code Timestamp})
 * @param taskDuration main-thread task time so far, seconds ({@code TaskDuration})
 * @param scriptDuration JavaScript time so far, seconds ({@code ScriptDuration})
 * @param layoutDuration layout time so far, seconds ({@code LayoutDuration})
 * @param heapUsed JavaScript heap in use, bytes ({@code JSHeapUsedSize})
 * @param heapTotal JavaScript heap reserved, bytes ({@code JSHeapTotalSize})
 * @param nodes DOM nodes ({@code Nodes})
 * @param listeners event listeners ({@code JSEventListeners})
 * @param afterGc whether a garbage collection was forced just before
 */
record PageSample(double wallSeconds, double timestamp, double taskDuration, double scriptDuration,
		double layoutDuration, double heapUsed, double heapTotal, double nodes, double listeners, boolean afterGc) {

	/** From the metrics by name. */
	static PageSample of(double wallSeconds, Map<String, Double> metrics, boolean afterGc) {
		return new PageSample(wallSeconds, metric(metrics, "Timestamp"), metric(metrics, "TaskDuration"),
				metrics.getOrDefault("ScriptDuration", Double.NaN), metrics.getOrDefault("LayoutDuration", Double.NaN),
				metric(metrics, "JSHeapUsedSize"), metrics.getOrDefault("JSHeapTotalSize", Double.NaN),
				metrics.getOrDefault("Nodes", Double.NaN), metrics.getOrDefault("JSEventListeners", Double.NaN),
				afterGc);
	}

	private static double metric(Map<String, Double> metrics, String name) {
		Double value = metrics.get(name);
		if (value == null) {
			throw new IllegalStateException("Chromium's Performance.getMetrics gave no " + name + " (has "
					+ metrics.keySet() + "); is /usr/bin/chromium a Chromium?");
		}
		return value;
	}

}

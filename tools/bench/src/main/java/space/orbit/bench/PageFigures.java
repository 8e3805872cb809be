package space.orbit.bench;

import java.util.List;

/**
 * Part B's result: the page of eight live charts in headless Chromium while the stack
 * takes a steady rate.
 *
 * @param rate samples per second offered
 * @param url the page
 * @param warmupSeconds live charts before the first sample
 * @param measuredSeconds first to last sample, by the browser's clock
 * @param charts live charts on the page
 * @param pointsStart columns the charts held at the first sample (all charts)
 * @param pointsEnd the same at the last
 * @param redrawsStart the page's chart version at the first sample (one per update)
 * @param redrawsEnd the same at the last
 * @param droppedNotice what the page said about dropped columns, empty when nothing
 * @param consoleErrors errors in the browser's console during the measurement (the first
 * few)
 * @param consoleErrorCount how many
 * @param chromiumCores the browser's processes' CPU, cores on average while measured
 * @param loadOnAtEnd whether the simulator was still sending at the last sample
 * @param loadBefore the machine's load average at the first sample
 * @param loadAfter the same at the last
 * @param samples every sample
 * @param pipeline the pipeline's figures over the page's step
 */
record PageFigures(int rate, String url, double warmupSeconds, double measuredSeconds, int charts, long pointsStart,
		long pointsEnd, long redrawsStart, long redrawsEnd, String droppedNotice, List<String> consoleErrors,
		int consoleErrorCount, double chromiumCores, boolean loadOnAtEnd, String loadBefore, String loadAfter,
		List<PageSample> samples, StepResult pipeline) {

	/** The target: the main thread busy less than a quarter of the time. */
	static final double BUSY_LIMIT = 0.25;

	/**
	 * The target: the heap flat within 10 MB (10^7 bytes: the stricter reading of MB).
	 */
	static final double FLAT_MIB = 10_000_000 / (1024.0 * 1024.0);

	double busyFraction() {
		return PageMaths.busyFraction(this.samples);
	}

	double busiestInterval() {
		return PageMaths.busiestInterval(this.samples);
	}

	double heapStartMib() {
		return PageMaths.heapStartMib(this.samples);
	}

	double heapEndMib() {
		return PageMaths.heapEndMib(this.samples);
	}

	double heapMaxMib() {
		return PageMaths.heapMaxMib(this.samples);
	}

	double heapSlopeMibPerMinute() {
		return PageMaths.heapSlopeMibPerMinute(this.samples);
	}

	boolean busyWithinTarget() {
		return busyFraction() < BUSY_LIMIT;
	}

	boolean heapFlat() {
		return Math.abs(heapEndMib() - heapStartMib()) <= FLAT_MIB;
	}

}

package space.orbit.bench;

import java.util.List;

/**
 * The page's figures from its samples: how busy its main thread was and whether its
 * JavaScript heap stayed flat.
 */
final class PageMaths {

	private static final double MIB = 1024.0 * 1024.0;

	private PageMaths() {
	}

	/**
	 * The main thread's busy fraction: task time over the browser's elapsed time, from
	 * the first sample to the last one taken without a forced collection (which would
	 * count the collection itself as the page's work).
	 */
	static double busyFraction(List<PageSample> samples) {
		PageSample first = samples.get(0);
		PageSample last = lastWithoutGc(samples);
		double elapsed = last.timestamp() - first.timestamp();
		return (elapsed > 0) ? (last.taskDuration() - first.taskDuration()) / elapsed : Double.NaN;
	}

	/** The busiest interval between two samples taken without a forced collection. */
	static double busiestInterval(List<PageSample> samples) {
		double busiest = Double.NaN;
		for (int i = 1; i < samples.size(); i++) {
			PageSample a = samples.get(i - 1);
			PageSample b = samples.get(i);
			double elapsed = b.timestamp() - a.timestamp();
			if (!b.afterGc() && elapsed > 0) {
				double busy = (b.taskDuration() - a.taskDuration()) / elapsed;
				busiest = Double.isNaN(busiest) ? busy : Math.max(busiest, busy);
			}
		}
		return busiest;
	}

	/** The heap after the first forced collection, MiB. */
	static double heapStartMib(List<PageSample> samples) {
		return samples.stream().filter(PageSample::afterGc).findFirst().orElse(samples.get(0)).heapUsed() / MIB;
	}

	/** The heap after the last forced collection, MiB. */
	static double heapEndMib(List<PageSample> samples) {
		PageSample end = samples.get(samples.size() - 1);
		for (PageSample sample : samples) {
			end = sample.afterGc() ? sample : end;
		}
		return end.heapUsed() / MIB;
	}

	static double heapMaxMib(List<PageSample> samples) {
		return samples.stream().mapToDouble(PageSample::heapUsed).max().orElse(Double.NaN) / MIB;
	}

	/**
	 * The heap's trend, MiB per minute: the least-squares line through every sample (the
	 * browser's clock against the heap in use).
	 */
	static double heapSlopeMibPerMinute(List<PageSample> samples) {
		int n = samples.size();
		if (n < 2) {
			return Double.NaN;
		}
		double meanT = samples.stream().mapToDouble(PageSample::timestamp).average().orElseThrow();
		double meanH = samples.stream().mapToDouble(PageSample::heapUsed).average().orElseThrow();
		double covariance = 0;
		double variance = 0;
		for (PageSample sample : samples) {
			double dt = sample.timestamp() - meanT;
			covariance += dt * (sample.heapUsed() - meanH);
			variance += dt * dt;
		}
		return (variance > 0) ? covariance / variance * 60 / MIB : Double.NaN;
	}

	private static PageSample lastWithoutGc(List<PageSample> samples) {
		for (int i = samples.size() - 1; i > 0; i--) {
			if (!samples.get(i).afterGc()) {
				return samples.get(i);
			}
		}
		return samples.get(samples.size() - 1);
	}

}

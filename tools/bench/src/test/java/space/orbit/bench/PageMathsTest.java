package space.orbit.bench;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PageMathsTest {

	private static final double MIB = 1024 * 1024;

	/**
	 * A sample at browser time {@code t} s, {@code task} s of tasks so far, a heap in
	 * MiB.
	 */
	private static PageSample at(double t, double task, double heapMib, boolean afterGc) {
		return new PageSample(t, 1_000 + t, task, 0, 0, heapMib * MIB, 0, 0, 0, afterGc);
	}

	@Test
	void theBusyFractionIsTaskTimeOverElapsedTimeWithoutTheLastForcedCollection() {
		List<PageSample> samples = List.of(at(0, 10, 20, true), at(10, 11, 25, false), at(20, 13, 30, false),
				// the forced collection itself took 0.5 s of the main thread: not the
				// page's work
				at(20.6, 13.5, 21, true));

		assertThat(PageMaths.busyFraction(samples)).isCloseTo(0.15, within(1e-9));
		assertThat(PageMaths.busiestInterval(samples)).isCloseTo(0.2, within(1e-9));
	}

	@Test
	void theHeapComparesTheSamplesAfterTheForcedCollections() {
		List<PageSample> samples = List.of(at(0, 0, 20, true), at(10, 0, 35, false), at(20, 0, 28, false),
				at(21, 0, 22.5, true));

		assertThat(PageMaths.heapStartMib(samples)).isEqualTo(20);
		assertThat(PageMaths.heapEndMib(samples)).isEqualTo(22.5);
		assertThat(PageMaths.heapMaxMib(samples)).isEqualTo(35);
	}

	@Test
	void theSlopeIsTheLeastSquaresLineInMibPerMinute() {
		// 1 MiB more every 10 s: 6 MiB a minute, whatever the noise around the line.
		List<PageSample> samples = List.of(at(0, 0, 20.2, true), at(10, 0, 20.8, false), at(20, 0, 21.8, false),
				at(30, 0, 23.2, false));

		assertThat(PageMaths.heapSlopeMibPerMinute(samples)).isCloseTo(6.0, within(1e-9));
		assertThat(PageMaths.heapSlopeMibPerMinute(List.of(at(0, 0, 20, true), at(60, 0, 20, true)))).isCloseTo(0,
				within(1e-9));
	}

	@Test
	void theTargetsReadTheFigures() {
		List<PageSample> flat = List.of(at(0, 0, 20, true), at(300, 60, 40, false), at(301, 61, 29, true));
		List<PageSample> growing = List.of(at(0, 0, 20, true), at(300, 90, 40, false), at(301, 91, 30.1, true));

		assertThat(page(flat).busyWithinTarget()).isTrue();
		assertThat(page(flat).heapFlat()).as("+9 MiB is within 10 MB").isTrue();
		assertThat(page(growing).busyWithinTarget()).as("30 %% busy").isFalse();
		assertThat(page(growing).heapFlat()).as("+10.1 MiB is more than 10 MB").isFalse();
	}

	private static PageFigures page(List<PageSample> samples) {
		return new PageFigures(25_000, "url", 60, 300, 8, 0, 0, 0, 0, "", List.of(), 0, 0.1, true, "", "", samples,
				null);
	}

}

package space.orbit.bench;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StreamFiguresTest {

	private static StreamFigures.Phase phase(double p99Seconds, double dropped, int queuedMax, double heapMib) {
		StepResult step = new StepResult(100_000, 0, 0, 0, 0, 0, 0, 0, 0, 0, p99Seconds, 0, 0, 0, Map.of(), null, null,
				null);
		return new StreamFigures.Phase("step", step,
				new DashboardWatch.Figures(heapMib, 512, 60, 50, 50, queuedMax, 64, dropped, 30), null, "", "");
	}

	@Test
	void theP99RatioComparesTheStepWithClientsToTheStepBeforeThem() {
		StreamFigures within = new StreamFigures(100_000, 50, phase(0.200, 0, 0, 100), phase(0.218, 10, 64, 200),
				phase(0.250, 0, 0, 100));
		StreamFigures beyond = new StreamFigures(100_000, 50, phase(0.200, 0, 0, 100), phase(0.222, 10, 64, 200),
				phase(0.150, 0, 0, 100));

		assertThat(within.p99Ratio()).isCloseTo(1.09, within(1e-9));
		assertThat(within.p99WithinTarget()).isTrue();
		assertThat(within.p99RatioAgain()).isCloseTo(0.872, within(1e-9));
		assertThat(beyond.p99WithinTarget()).isFalse();
	}

	@Test
	void theHeapIsBoundedWhenTheStalledClientWasDroppedFromAndTheQueuesStayedWithinCapacity() {
		assertThat(withClients(phase(0.2, 1_000, 64, 300)).heapBounded()).isTrue();
		assertThat(withClients(phase(0.2, 0, 64, 300)).heapBounded()).as("nothing dropped: the stall never bit")
			.isFalse();
		assertThat(withClients(phase(0.2, 1_000, 50 * 64 + 1, 300)).heapBounded()).isFalse();
		assertThat(withClients(phase(0.2, 1_000, 64, 512)).heapBounded()).as("the heap at its maximum").isFalse();
	}

	private static StreamFigures withClients(StreamFigures.Phase with) {
		return new StreamFigures(100_000, 50, phase(0.2, 0, 0, 100), with, phase(0.2, 0, 0, 100));
	}

}

package space.orbit.dashboard.stream;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ClientQueueTest {

	private final AtomicLong counted = new AtomicLong();

	private final ClientQueue queue = new ClientQueue(3, (weight) -> this.counted.addAndGet((long) weight));

	@Test
	void holdsAtMostItsCapacityAndCountsWhatItDropsByWeight() {
		for (int i = 0; i < 10; i++) {
			this.queue.offer(new StreamEvent("points", "{}", 100));
		}
		assertThat(this.queue.size()).isEqualTo(3);
		assertThat(this.queue.capacity()).isEqualTo(3);
		assertThat(this.queue.droppedTotal()).isEqualTo(700);
		assertThat(this.counted).hasValue(700);
	}

	@Test
	void theDropNoticeIsTakenOnceAndStartsAgainFromZero() throws InterruptedException {
		for (int i = 0; i < 5; i++) {
			this.queue.offer(new StreamEvent("alert", "{}", 1));
		}
		assertThat(this.queue.takeDropped()).isEqualTo(2);
		assertThat(this.queue.takeDropped()).isZero();
		assertThat(this.queue.poll(0)).isNotNull();
		assertThat(this.queue.offer(new StreamEvent("alert", "{}", 1))).isTrue();
		assertThat(this.queue.takeDropped()).isZero();
		assertThat(this.queue.droppedTotal()).isEqualTo(2);
	}

	@Test
	void offeringNeverWaitsOnAFullQueue() {
		for (int i = 0; i < 3; i++) {
			this.queue.offer(new StreamEvent("points", "{}", 1));
		}
		// A blocking offer would never return here: nobody takes.
		assertThat(assertTimeoutPreemptively(Duration.ofMinutes(1),
				() -> this.queue.offer(new StreamEvent("points", "{}", 1))))
			.isFalse();
	}

	@Test
	void pollReturnsNullWhenNothingCame() throws InterruptedException {
		assertThat(this.queue.poll(10)).isNull();
	}

}

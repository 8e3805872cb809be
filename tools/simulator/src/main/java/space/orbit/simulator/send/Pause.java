package space.orbit.simulator.send;

import java.time.Duration;

/** Waits between retries; tests record the waits instead of sleeping. */
@FunctionalInterface
public interface Pause {

	/** Sleeps in real time. */
	Pause REAL = (duration) -> Thread.sleep(duration);

	void sleep(Duration duration) throws InterruptedException;

}

package space.orbit.enricher.archive;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the writer knows of the windows it wrote or probed, so that an append needs no
 * read: per window (its id prefix) the next free slot and the newest identity its
 * segments hold. Least recently used windows are forgotten beyond {@code capacity}; a
 * forgotten or stale window costs a probe, never a wrong write (the unique {@code _id}
 * refuses a slot taken since).
 */
final class WindowCache {

	private final Map<String, WindowState> windows;

	WindowCache(int capacity) {
		this.windows = new LinkedHashMap<>(Math.min(capacity, 1_024), 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, WindowState> eldest) {
				return size() > capacity;
			}

		};
	}

	synchronized WindowState get(String window) {
		return this.windows.get(window);
	}

	synchronized void put(String window, WindowState state) {
		this.windows.put(window, state);
	}

	synchronized void remove(String window) {
		this.windows.remove(window);
	}

	synchronized void clear() {
		this.windows.clear();
	}

	synchronized int size() {
		return this.windows.size();
	}

	/**
	 * A window as last seen: slots {@code 0..next-1} taken, holding no sample after
	 * (lastTime, lastSequence).
	 *
	 * @param next the next free slot
	 * @param lastTime the newest sample's time, epoch micros
	 * @param lastSequence its sequence; {@link Long#MAX_VALUE} when unknown (a sample at
	 * {@code lastTime} then never counts as after it)
	 */
	record WindowState(int next, long lastTime, long lastSequence) {

		/**
		 * Whether a sample of this identity comes after every sample the window holds.
		 */
		boolean isBefore(long timeMicros, long sequence) {
			return timeMicros > this.lastTime || (timeMicros == this.lastTime && sequence > this.lastSequence);
		}

		/** The window once a segment ending with this identity is in at {@code slot}. */
		WindowState after(int slot, long timeMicros, long sequence) {
			boolean newer = isBefore(timeMicros, sequence);
			return new WindowState(slot + 1, newer ? timeMicros : this.lastTime, newer ? sequence : this.lastSequence);
		}

	}

}

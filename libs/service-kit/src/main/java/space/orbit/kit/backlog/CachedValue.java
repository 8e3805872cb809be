package space.orbit.kit.backlog;

/**
 * A gauge's value as last read: NaN until read, and again as soon as a read fails (a
 * stale depth would look like a healthy one).
 */
final class CachedValue {

	private volatile double value = Double.NaN;

	double value() {
		return this.value;
	}

	void set(double value) {
		this.value = value;
	}

	void unknown() {
		this.value = Double.NaN;
	}

}

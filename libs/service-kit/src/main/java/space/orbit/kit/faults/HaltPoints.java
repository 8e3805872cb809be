package space.orbit.kit.faults;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fault injection for crash tests, the one hook every service uses: halts the JVM (no
 * shutdown hooks, no acks: exactly like {@code kill -9}) when the code reaches a named
 * point that {@code orbit.faults.halt-at} arms. Off unless set; announced loudly at start
 * when on. Points are named {@code <service>.<where>} ({@code processor.after-commit}).
 */
public final class HaltPoints {

	/** The exit status of a halt at a point. */
	public static final int HALT_STATUS = 86;

	private static final Logger log = LoggerFactory.getLogger(HaltPoints.class);

	private final Set<String> armed;

	public HaltPoints(Set<String> armed) {
		this.armed = Set.copyOf(armed);
		if (!this.armed.isEmpty()) {
			log.warn("FAULT INJECTION: this JVM halts when it reaches {} (orbit.faults.halt-at)", this.armed);
		}
	}

	/** No point armed. */
	public static HaltPoints none() {
		return new HaltPoints(Set.of());
	}

	/** Halts the JVM if {@code point} is armed; returns otherwise. */
	public void reached(String point, Object what) {
		if (this.armed.contains(point)) {
			log.warn("FAULT INJECTION: halting the JVM at {} ({})", point, what);
			Runtime.getRuntime().halt(HALT_STATUS);
		}
	}

	public boolean armed(String point) {
		return this.armed.contains(point);
	}

}

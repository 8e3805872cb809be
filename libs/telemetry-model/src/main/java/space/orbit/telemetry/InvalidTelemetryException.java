package space.orbit.telemetry;

import java.util.List;

/**
 * A message in the canonical form holds invalid frames: it can never be processed (a
 * poison message).
 */
public class InvalidTelemetryException extends RuntimeException {

	private final List<Violation> violations;

	public InvalidTelemetryException(String message, List<Violation> violations) {
		super(message + (violations.isEmpty() ? "" : ": " + violations.get(0)));
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return this.violations;
	}

}

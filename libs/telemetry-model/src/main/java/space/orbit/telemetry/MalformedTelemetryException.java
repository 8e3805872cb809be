package space.orbit.telemetry;

/** The body is not well-formed JSON: a 400, unlike invalid frames (422). */
public class MalformedTelemetryException extends RuntimeException {

	public MalformedTelemetryException(String message, Throwable cause) {
		super(message, cause);
	}

}

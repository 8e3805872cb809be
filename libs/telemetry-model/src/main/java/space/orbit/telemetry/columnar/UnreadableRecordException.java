package space.orbit.telemetry.columnar;

/**
 * The bytes are not a well-formed {@code orbit.telemetry.v2} record: unknown magic or
 * version, a bad checksum, a length or count past the end, a non-canonical encoding.
 * Unchecked, like a poison JSON record today: a consumer counts it and skips it.
 */
public class UnreadableRecordException extends RuntimeException {

	public UnreadableRecordException(String message) {
		super(message);
	}

	public UnreadableRecordException(String message, Throwable cause) {
		super(message, cause);
	}

}

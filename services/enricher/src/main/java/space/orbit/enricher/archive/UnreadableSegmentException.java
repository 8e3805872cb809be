package space.orbit.enricher.archive;

/**
 * The {@code cols} of a segment are not what {@link SegmentCodec} writes: another
 * version, truncated, or bytes left over. Says what is wrong, so a damaged document can
 * be found.
 */
class UnreadableSegmentException extends IllegalArgumentException {

	UnreadableSegmentException(String message) {
		super("Unreadable segment columns: " + message);
	}

	UnreadableSegmentException(String message, Throwable cause) {
		super("Unreadable segment columns: " + message, cause);
	}

}

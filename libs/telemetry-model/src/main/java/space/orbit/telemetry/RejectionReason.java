package space.orbit.telemetry;

/**
 * Why input was rejected; {@link #tag()} is the {@code reason} label of
 * {@code orbit_samples_rejected_total} and the code in problem details.
 */
public enum RejectionReason {

	/** The body is not JSON. */
	MALFORMED_JSON("malformed_json"),
	/** The body is larger than ingest accepts. */
	BODY_TOO_LARGE("body_too_large"),
	/** The request is not {@code application/json}. */
	UNSUPPORTED_MEDIA_TYPE("unsupported_media_type"),
	/** A field or sample value has the wrong JSON type (null, object, array...). */
	WRONG_TYPE("wrong_type"),
	/** A required field is absent. */
	MISSING_FIELD("missing_field"),
	/** A number is NaN or infinite (or overflows a double). */
	NON_FINITE("non_finite"),
	/** A timestamp is not an ISO-8601 instant. */
	INVALID_TIMESTAMP("invalid_timestamp"),
	/** A timestamp lies outside the accepted window around the time of receipt. */
	TIMESTAMP_OUT_OF_WINDOW("timestamp_out_of_window"),
	/** A frame carries no samples. */
	EMPTY_SAMPLES("empty_samples"),
	/** A spacecraft or parameter name, or a string value, is too long. */
	TOO_LONG("too_long"),
	/** A spacecraft or parameter name has characters or a shape that is not allowed. */
	INVALID_NAME("invalid_name"),
	/**
	 * A string value holds a NUL character or an unpaired surrogate: text that PostgreSQL
	 * and MongoDB cannot store, so accepting it would lose the frame further down.
	 */
	INVALID_TEXT("invalid_text"),
	/** The same parameter appears twice in one frame. */
	DUPLICATE_NAME("duplicate_name"),
	/** A sequence number is negative or not an integer. */
	INVALID_SEQUENCE("invalid_sequence"),
	/** Too many frames in one request or samples in one frame. */
	TOO_MANY("too_many"),
	/**
	 * A valid sample that was rejected because another part of its request was invalid.
	 */
	BATCH_REJECTED("batch_rejected");

	private final String tag;

	RejectionReason(String tag) {
		this.tag = tag;
	}

	public String tag() {
		return this.tag;
	}

}

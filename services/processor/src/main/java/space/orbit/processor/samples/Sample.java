package space.orbit.processor.samples;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;

import space.orbit.kit.web.Cursor;
import space.orbit.kit.web.InvalidParameterException;

/**
 * One stored sample.
 *
 * @param spacecraftId the spacecraft
 * @param parameter the parameter name
 * @param timestamp the frame timestamp (ISO-8601, microseconds)
 * @param sequence the frame sequence number
 * @param value the value as stored: a JSON number, boolean or string
 */
@Schema(description = "One stored sample: a parameter's value in one frame of a spacecraft")
record Sample(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "ORB-1") String spacecraftId,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "EPS.BATTERY.VOLTAGE") String parameter,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "string", format = "date-time",
				description = "The frame's timestamp, UTC, microsecond precision",
				example = "2026-11-21T10:00:00.000000Z") String timestamp,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "int64",
				description = "The frame's sequence number", example = "42") long sequence,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "The value as the frame carried it: a number, a boolean or a string", types = {
						"number", "boolean", "string" },
				example = "28.1") @JsonRawValue String value){

	/** The number of parts of a samples cursor. */
	static final int CURSOR_PARTS = 4;

	/** The cursor that resumes after this sample (its sort key). */
	String cursor() {
		return Cursor.encode(this.timestamp, this.spacecraftId, Long.toString(this.sequence), this.parameter);
	}

	/** Where a page ended, read from a cursor {@link #cursor()} made. */
	record Key(Instant timestamp, String spacecraftId, long sequence, String parameter) {

		static Key of(String cursor) {
			List<String> parts = Cursor.decode(cursor, CURSOR_PARTS);
			try {
				return new Key(Instant.parse(parts.get(0)), parts.get(1), Long.parseLong(parts.get(2)), parts.get(3));
			}
			catch (RuntimeException ex) {
				throw new InvalidParameterException("after",
						"is not a cursor of this list: pass the 'next' of the previous page unchanged");
			}
		}

	}

}

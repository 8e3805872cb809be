package space.orbit.telemetry;

import java.time.Instant;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;

/**
 * Reads submitted telemetry — {@code {"frames":[...]}} or one frame object — and
 * validates it in the same streaming pass, so a 1,000-frame batch is parsed once, without
 * a tree. Thread-safe; create one per limits and share it.
 */
public final class FrameReader {

	/** Violations listed in a response; the count covers all of them. */
	public static final int MAX_REPORTED_VIOLATIONS = 100;

	static final JsonFactory JSON = JsonFactory.builder()
		// NaN and Infinity are parsed so they can be rejected as non-finite (422), not as
		// malformed JSON (400): the client sent a number the system cannot store.
		.enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
		.build();

	private final FrameLimits limits;

	public FrameReader(FrameLimits limits) {
		this.limits = limits;
	}

	public FrameLimits limits() {
		return this.limits;
	}

	/**
	 * Reads a request body.
	 * @param body the bytes
	 * @param receivedAt the time of receipt, the centre of the accepted timestamp window
	 * @return the frames and violations
	 * @throws MalformedTelemetryException if the body is not well-formed JSON
	 */
	public ParsedTelemetry read(byte[] body, Instant receivedAt) {
		return read(body, 0, body.length, receivedAt);
	}

	public ParsedTelemetry read(byte[] body, int offset, int length, Instant receivedAt) {
		FrameParse parse = new FrameParse(this.limits, receivedAt);
		try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), body, offset, length)) {
			JsonToken first = parser.nextToken();
			if (first == null) {
				throw new MalformedTelemetryException("The body is empty: send a frame or {\"frames\":[...]}.", null);
			}
			if (first != JsonToken.START_OBJECT) {
				parser.skipChildren();
				parse.violation("", RejectionReason.WRONG_TYPE,
						"The body must be a JSON object: one frame, or {\"frames\":[...]}.");
			}
			else {
				readRoot(parser, parse);
			}
			if (parser.nextToken() != null) {
				throw new MalformedTelemetryException("Unexpected content after the JSON body.", null);
			}
		}
		catch (JacksonException ex) {
			throw malformed(ex);
		}
		return parse.result(body, offset, length);
	}

	private void readRoot(JsonParser parser, FrameParse parse) {
		FrameParse.FrameFields single = parse.newFrame("");
		boolean sawFrames = false;
		String name;
		while ((name = parser.nextName()) != null) {
			JsonToken token = parser.nextToken();
			if ("frames".equals(name)) {
				sawFrames = true;
				long start = parser.currentTokenLocation().getByteOffset();
				parse.readFrames(parser, token, "/frames");
				if (token == JsonToken.START_ARRAY) {
					parse.framesArray(start, parser.currentTokenLocation().getByteOffset() + 1);
				}
			}
			else {
				single.readField(parser, name, token);
			}
		}
		if (sawFrames && single.touched()) {
			parse.violation("", RejectionReason.WRONG_TYPE,
					"A body is either one frame or {\"frames\":[...]}, not both: move the frame into \"frames\".");
		}
		else if (!sawFrames) {
			single.finish();
		}
	}

	static MalformedTelemetryException malformed(JacksonException ex) {
		String where = (ex.getLocation() != null)
				? " at line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() : "";
		return new MalformedTelemetryException("The body is not valid JSON" + where + ": " + ex.getOriginalMessage(),
				ex);
	}

}

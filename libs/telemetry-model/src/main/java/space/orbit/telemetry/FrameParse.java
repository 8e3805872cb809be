package space.orbit.telemetry;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The state of one streaming read: frames so far, violations, and the sample accounting.
 */
final class FrameParse {

	private final FrameLimits limits;

	private final Instant earliest;

	private final Instant latest;

	private final List<Frame> frames = new ArrayList<>();

	private final List<Violation> violations = new ArrayList<>();

	private final Map<RejectionReason, Integer> rejected = new EnumMap<>(RejectionReason.class);

	private int violationCount;

	private int sampleCount;

	private int validSamplesInInvalidFrames;

	private int validSamplesInValidFrames;

	/** The source, when the samples objects' text is captured (null otherwise). */
	private final byte[] source;

	private final List<String> rawSamples;

	FrameParse(FrameLimits limits, Instant receivedAt) {
		this(limits, receivedAt, null);
	}

	/**
	 * A parse that also keeps each valid frame's samples object as it appears in
	 * {@code source}.
	 */
	FrameParse(FrameLimits limits, Instant receivedAt, byte[] source) {
		this.limits = limits;
		this.earliest = receivedAt.minus(limits.maxPast());
		this.latest = receivedAt.plus(limits.maxFuture());
		this.source = source;
		this.rawSamples = (source != null) ? new ArrayList<>() : null;
	}

	private long framesStart = -1;

	private long framesEnd = -1;

	/** Where the {@code frames} array lies in the body (byte offsets, end exclusive). */
	void framesArray(long start, long end) {
		this.framesStart = start;
		this.framesEnd = end;
	}

	/**
	 * The result, with the frames as a JSON array taken from the body (one frame wrapped
	 * in []).
	 */
	ParsedTelemetry result(byte[] body, int offset, int length) {
		ParsedTelemetry result = result();
		if (!result.valid()) {
			return result;
		}
		byte[] array;
		if (this.framesStart >= 0) {
			array = java.util.Arrays.copyOfRange(body, offset + (int) this.framesStart, offset + (int) this.framesEnd);
		}
		else {
			array = new byte[length + 2];
			array[0] = '[';
			System.arraycopy(body, offset, array, 1, length);
			array[length + 1] = ']';
		}
		return result.withFramesJson(array);
	}

	List<String> rawSamples() {
		return this.rawSamples;
	}

	FrameFields newFrame(String pointer) {
		return new FrameFields(pointer);
	}

	void readFrames(JsonParser parser, JsonToken token, String pointer) {
		if (token != JsonToken.START_ARRAY) {
			parser.skipChildren();
			violation(pointer, RejectionReason.WRONG_TYPE, "\"frames\" must be an array of frame objects.");
			return;
		}
		int index = 0;
		JsonToken element;
		while ((element = parser.nextToken()) != JsonToken.END_ARRAY) {
			String framePointer = pointer + "/" + index;
			if (index == this.limits.maxFrames()) {
				violation(pointer, RejectionReason.TOO_MANY,
						"More than " + this.limits.maxFrames() + " frames in one request: split the batch.");
			}
			if (element != JsonToken.START_OBJECT) {
				parser.skipChildren();
				violation(framePointer, RejectionReason.WRONG_TYPE, "A frame must be a JSON object.");
			}
			else {
				FrameFields frame = new FrameFields(framePointer);
				String name;
				while ((name = parser.nextName()) != null) {
					frame.readField(parser, name, parser.nextToken());
				}
				frame.finish();
			}
			index++;
		}
		if (index == 0) {
			violation(pointer, RejectionReason.EMPTY_SAMPLES, "\"frames\" is empty: send at least one frame.");
		}
	}

	void violation(String pointer, RejectionReason reason, String detail) {
		this.violationCount++;
		if (this.violations.size() < FrameReader.MAX_REPORTED_VIOLATIONS) {
			this.violations.add(new Violation(pointer, reason, detail));
		}
	}

	ParsedTelemetry result() {
		if (this.violationCount > 0) {
			int batchRejected = this.validSamplesInValidFrames + this.validSamplesInInvalidFrames;
			if (batchRejected > 0) {
				this.rejected.merge(RejectionReason.BATCH_REJECTED, batchRejected, Integer::sum);
			}
		}
		return new ParsedTelemetry(this.frames, this.violations, this.violationCount, this.sampleCount, this.rejected);
	}

	private void reject(RejectionReason reason, int samples) {
		this.rejected.merge(reason, samples, Integer::sum);
	}

	/** The fields of one frame as they stream past. */
	final class FrameFields {

		private final String pointer;

		private String spacecraftId;

		private Instant timestamp;

		private long sequence = -1;

		private boolean sequenceSeen;

		private Map<String, Object> samples;

		private RejectionReason frameFault;

		private int badSamples;

		private String rawSamples;

		private boolean touched;

		FrameFields(String pointer) {
			this.pointer = pointer;
		}

		boolean touched() {
			return this.touched;
		}

		void readField(JsonParser parser, String name, JsonToken token) {
			switch (name) {
				case "spacecraftId" -> readSpacecraftId(parser, token);
				case "timestamp" -> readTimestamp(parser, token);
				case "sequence" -> readSequence(parser, token);
				case "samples" -> readSamples(parser, token);
				default -> parser.skipChildren();
			}
		}

		private void readSpacecraftId(JsonParser parser, JsonToken token) {
			this.touched = true;
			if (token != JsonToken.VALUE_STRING) {
				parser.skipChildren();
				frameFault("/spacecraftId", RejectionReason.WRONG_TYPE, "\"spacecraftId\" must be a string.");
				return;
			}
			String id = parser.getString();
			if (id.length() > FrameParse.this.limits.maxNameLength()) {
				frameFault("/spacecraftId", RejectionReason.TOO_LONG,
						"\"spacecraftId\" is longer than " + FrameParse.this.limits.maxNameLength() + " characters.");
			}
			else if (!Names.isSpacecraftId(id)) {
				frameFault("/spacecraftId", RejectionReason.INVALID_NAME,
						"\"spacecraftId\" must start with a letter or digit and contain only letters, digits and _ - . : (got \""
								+ Texts.abbreviate(id) + "\").");
			}
			else {
				this.spacecraftId = id;
			}
		}

		private void readTimestamp(JsonParser parser, JsonToken token) {
			this.touched = true;
			if (token != JsonToken.VALUE_STRING) {
				parser.skipChildren();
				frameFault("/timestamp", RejectionReason.WRONG_TYPE,
						"\"timestamp\" must be an ISO-8601 string such as \"2026-11-21T10:00:00.000000Z\".");
				return;
			}
			String text = parser.getString();
			Instant instant;
			try {
				instant = Instant.parse(text).truncatedTo(ChronoUnit.MICROS);
			}
			catch (DateTimeException ex) {
				frameFault("/timestamp", RejectionReason.INVALID_TIMESTAMP, "\"" + Texts.abbreviate(text)
						+ "\" is not an ISO-8601 instant with a zone, such as \"2026-11-21T10:00:00.000000Z\".");
				return;
			}
			if (instant.isBefore(FrameParse.this.earliest) || instant.isAfter(FrameParse.this.latest)) {
				frameFault("/timestamp", RejectionReason.TIMESTAMP_OUT_OF_WINDOW,
						"\"" + text + "\" is outside the accepted window [" + FrameParse.this.earliest + ", "
								+ FrameParse.this.latest + "] around the time of receipt.");
				return;
			}
			this.timestamp = instant;
		}

		private void readSequence(JsonParser parser, JsonToken token) {
			this.touched = true;
			this.sequenceSeen = true;
			if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER
					&& parser.getLongValue() >= 0) {
				this.sequence = parser.getLongValue();
				return;
			}
			parser.skipChildren();
			RejectionReason reason = (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT)
					? RejectionReason.INVALID_SEQUENCE : RejectionReason.WRONG_TYPE;
			frameFault("/sequence", reason, "\"sequence\" must be an integer from 0 to 2^63-1.");
		}

		private void readSamples(JsonParser parser, JsonToken token) {
			this.touched = true;
			if (token != JsonToken.START_OBJECT) {
				parser.skipChildren();
				frameFault("/samples", RejectionReason.WRONG_TYPE,
						"\"samples\" must be an object of parameter name to value.");
				return;
			}
			this.samples = new LinkedHashMap<>();
			long start = (FrameParse.this.source != null) ? parser.currentTokenLocation().getByteOffset() : -1;
			String name;
			int count = 0;
			while ((name = parser.nextName()) != null) {
				JsonToken value = parser.nextToken();
				count++;
				FrameParse.this.sampleCount++;
				if (count > FrameParse.this.limits.maxSamplesPerFrame()) {
					parser.skipChildren();
					if (count == FrameParse.this.limits.maxSamplesPerFrame() + 1) {
						frameFault("/samples", RejectionReason.TOO_MANY,
								"More than " + FrameParse.this.limits.maxSamplesPerFrame() + " samples in one frame.");
					}
					continue;
				}
				RejectionReason fault = SampleValues.read(parser, value, name, this.samples, FrameParse.this.limits);
				if (fault != null) {
					sampleFault(name, fault);
				}
			}
			if (start >= 0) {
				long end = parser.currentTokenLocation().getByteOffset() + 1;
				this.rawSamples = new String(FrameParse.this.source, (int) start, (int) (end - start),
						java.nio.charset.StandardCharsets.UTF_8);
			}
		}

		void finish() {
			if (this.spacecraftId == null && this.frameFault == null) {
				missing("spacecraftId");
			}
			if (this.timestamp == null && this.frameFault == null) {
				missing("timestamp");
			}
			if (!this.sequenceSeen) {
				missing("sequence");
			}
			if (this.samples == null && this.frameFault == null) {
				missing("samples");
			}
			else if (this.samples != null && this.samples.isEmpty() && this.badSamples == 0) {
				frameFault("/samples", RejectionReason.EMPTY_SAMPLES, "A frame must carry at least one sample.");
			}
			int valid = (this.samples != null) ? this.samples.size() : 0;
			if (this.frameFault != null) {
				// A frame-level fault rejects the frame's valid samples (bad ones are
				// counted under
				// their own reason); a frame without any sample counts as one.
				if (valid > 0 || this.badSamples == 0) {
					reject(this.frameFault, Math.max(valid, 1));
				}
			}
			else if (this.badSamples > 0) {
				FrameParse.this.validSamplesInInvalidFrames += this.samples.size();
			}
			else {
				FrameParse.this.validSamplesInValidFrames += this.samples.size();
				if (FrameParse.this.violationCount == 0) {
					FrameParse.this.frames
						.add(new Frame(this.spacecraftId, this.timestamp, this.sequence, this.samples));
					if (FrameParse.this.rawSamples != null) {
						FrameParse.this.rawSamples.add(this.rawSamples);
					}
				}
			}
		}

		private void missing(String field) {
			frameFault("/" + field, RejectionReason.MISSING_FIELD, "The frame has no \"" + field + "\".");
		}

		private void frameFault(String field, RejectionReason reason, String detail) {
			if (this.frameFault == null) {
				this.frameFault = reason;
			}
			violation(this.pointer + field, reason, detail);
		}

		private void sampleFault(String name, RejectionReason reason) {
			this.badSamples++;
			reject(reason, 1);
			violation(this.pointer + "/samples/" + Texts.pointerToken(name), reason,
					SampleValues.describe(reason, name, FrameParse.this.limits));
		}

	}

}

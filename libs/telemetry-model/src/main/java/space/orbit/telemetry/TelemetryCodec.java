package space.orbit.telemetry;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;

/**
 * The canonical JSON form of a {@link TelemetryBatch}, as it travels from ingest to the
 * processor:
 * {@code {"batchId":..,"receivedAt":..,"frames":[{"spacecraftId":..,"timestamp":..,"sequence":..,"samples":{..}}]}}.
 * Reading re-validates every frame, with the timestamp window centred on
 * {@code receivedAt}, so a message that waited in a queue is judged as it was when it
 * arrived.
 */
public final class TelemetryCodec {

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private final FrameLimits limits;

	public TelemetryCodec(FrameLimits limits) {
		this.limits = limits;
	}

	/** An instant as ISO-8601 UTC with exactly six fractional digits. */
	public static String formatTimestamp(Instant instant) {
		return TIMESTAMP.format(instant);
	}

	public static JsonGenerator generator(ByteArrayOutputStream out) {
		return FrameReader.JSON.createGenerator(ObjectWriteContext.empty(), out);
	}

	/**
	 * The canonical form of a batch around frames already validated by a
	 * {@link FrameReader}: the client's JSON array is forwarded byte for byte, so ingest
	 * does not serialize the batch again. The reader of the message re-validates it.
	 */
	public static byte[] envelope(UUID batchId, Instant receivedAt, byte[] framesJson) {
		byte[] head = ("{\"batchId\":\"" + batchId + "\",\"receivedAt\":\"" + formatTimestamp(receivedAt)
				+ "\",\"frames\":")
			.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		byte[] message = new byte[head.length + framesJson.length + 1];
		System.arraycopy(head, 0, message, 0, head.length);
		System.arraycopy(framesJson, 0, message, head.length, framesJson.length);
		message[message.length - 1] = '}';
		return message;
	}

	public byte[] write(TelemetryBatch batch) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 + batch.frames().size() * 1_024);
		try (JsonGenerator json = generator(out)) {
			json.writeStartObject();
			json.writeStringProperty("batchId", batch.batchId().toString());
			json.writeStringProperty("receivedAt", formatTimestamp(batch.receivedAt()));
			json.writeName("frames");
			json.writeStartArray();
			for (Frame frame : batch.frames()) {
				writeFrame(json, frame, true);
			}
			json.writeEndArray();
			json.writeEndObject();
		}
		return out.toByteArray();
	}

	/**
	 * Writes one frame object; {@code withSpacecraft} false leaves the spacecraft id to
	 * the enclosing object.
	 */
	public static void writeFrame(JsonGenerator json, Frame frame, boolean withSpacecraft) {
		json.writeStartObject();
		if (withSpacecraft) {
			json.writeStringProperty("spacecraftId", frame.spacecraftId());
		}
		json.writeStringProperty("timestamp", formatTimestamp(frame.timestamp()));
		json.writeNumberProperty("sequence", frame.sequence());
		json.writeName("samples");
		writeSamples(json, frame.samples());
		json.writeEndObject();
	}

	/** Writes a samples object: name to number, boolean or string. */
	public static void writeSamples(JsonGenerator json, Map<String, Object> samples) {
		json.writeStartObject();
		for (Map.Entry<String, Object> sample : samples.entrySet()) {
			json.writeName(sample.getKey());
			switch (sample.getValue()) {
				case Double d -> json.writeNumber(d);
				case Long l -> json.writeNumber(l);
				case Boolean b -> json.writeBoolean(b);
				case String s -> json.writeString(s);
				default -> throw new IllegalArgumentException(
						"sample " + sample.getKey() + " has a value of type " + sample.getValue().getClass());
			}
		}
		json.writeEndObject();
	}

	/**
	 * Reads a samples object written by {@link #writeSamples}: integers as {@link Long}
	 * (or {@link Double} beyond its range), other numbers as {@link Double}.
	 */
	public static Map<String, Object> readSamples(String json) {
		Map<String, Object> samples = new java.util.LinkedHashMap<>();
		try (JsonParser parser = FrameReader.JSON.createParser(ObjectReadContext.empty(), json)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw new MalformedTelemetryException("samples must be a JSON object", null);
			}
			String name;
			while ((name = parser.nextName()) != null) {
				JsonToken token = parser.nextToken();
				Object value = switch (token) {
					case VALUE_NUMBER_INT -> (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER)
							? (Object) parser.getDoubleValue() : (Object) parser.getLongValue();
					case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
					case VALUE_TRUE -> Boolean.TRUE;
					case VALUE_FALSE -> Boolean.FALSE;
					case VALUE_STRING -> parser.getString();
					default ->
						throw new MalformedTelemetryException("sample " + name + " has a " + token + " value", null);
				};
				samples.put(name, value);
			}
		}
		catch (JacksonException ex) {
			throw FrameReader.malformed(ex);
		}
		return samples;
	}

	/**
	 * Reads a batch in the canonical form.
	 * @throws MalformedTelemetryException if the bytes are not the canonical JSON form
	 * @throws InvalidTelemetryException if a frame is invalid
	 */
	public TelemetryBatch read(byte[] bytes) {
		return read(bytes, false).batch();
	}

	/**
	 * Reads a batch in the canonical form and keeps, for each frame, its {@code samples}
	 * object as the JSON text it was written as: a processor can store and forward it
	 * without serializing the samples again.
	 */
	public RawTelemetryBatch readWithRawSamples(byte[] bytes) {
		return read(bytes, true);
	}

	private RawTelemetryBatch read(byte[] bytes, boolean keepRaw) {
		UUID batchId = null;
		Instant receivedAt = null;
		FrameParse parse = null;
		try (JsonParser parser = FrameReader.JSON.createParser(ObjectReadContext.empty(), bytes)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw new MalformedTelemetryException("A telemetry batch must be a JSON object.", null);
			}
			String name;
			while ((name = parser.nextName()) != null) {
				JsonToken token = parser.nextToken();
				switch (name) {
					case "batchId" -> batchId = UUID.fromString(parser.getString());
					case "receivedAt" -> receivedAt = Instant.parse(parser.getString());
					case "frames" -> {
						if (receivedAt == null) {
							throw new MalformedTelemetryException("\"receivedAt\" must come before \"frames\".", null);
						}
						parse = new FrameParse(this.limits, receivedAt, keepRaw ? bytes : null);
						parse.readFrames(parser, token, "/frames");
					}
					default -> parser.skipChildren();
				}
			}
		}
		catch (JacksonException ex) {
			throw FrameReader.malformed(ex);
		}
		catch (RuntimeException ex) {
			if (ex instanceof MalformedTelemetryException) {
				throw ex;
			}
			throw new MalformedTelemetryException("Not a canonical telemetry batch: " + ex.getMessage(), ex);
		}
		if (batchId == null || parse == null) {
			throw new MalformedTelemetryException("A telemetry batch needs \"batchId\", \"receivedAt\" and \"frames\".",
					null);
		}
		ParsedTelemetry parsed = parse.result();
		if (!parsed.valid()) {
			throw new InvalidTelemetryException(
					"batch " + batchId + " holds " + parsed.violationCount() + " invalid values",
					new ArrayList<>(parsed.violations()));
		}
		return new RawTelemetryBatch(new TelemetryBatch(batchId, receivedAt, parsed.frames()),
				keepRaw ? List.copyOf(parse.rawSamples()) : List.of());
	}

}

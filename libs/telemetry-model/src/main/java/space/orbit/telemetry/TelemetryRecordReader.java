package space.orbit.telemetry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads the body of a telemetry record, as the processor writes it, in one streaming
 * pass:
 * {@code {"spacecraftId","batchId","receivedAt","chunk","frames":[{"timestamp","sequence","samples":{..}}]}}.
 */
public final class TelemetryRecordReader {

	private static final JsonFactory JSON = new JsonFactory();

	private TelemetryRecordReader() {
	}

	/**
	 * The record.
	 * @throws RuntimeException (of any kind) when the body is not of that shape
	 */
	public static TelemetryRecord read(byte[] body) {
		String spacecraftId = null;
		String batchId = null;
		long receivedAt = 0;
		List<TelemetryRecord.Frame> frames = List.of();
		try (JsonParser json = JSON.createParser(ObjectReadContext.empty(), body)) {
			expect(json.nextToken(), JsonToken.START_OBJECT);
			String name;
			while ((name = json.nextName()) != null) {
				JsonToken token = json.nextToken();
				switch (name) {
					case "spacecraftId" -> spacecraftId = json.getString();
					case "batchId" -> batchId = json.getString();
					case "receivedAt" -> receivedAt = micros(Instant.parse(json.getString()));
					case "frames" -> frames = frames(json, token);
					default -> json.skipChildren();
				}
			}
		}
		if (spacecraftId == null) {
			throw new IllegalArgumentException("a telemetry record needs a spacecraftId");
		}
		return new TelemetryRecord(spacecraftId, batchId, receivedAt, frames);
	}

	/** An instant as epoch microseconds. */
	public static long micros(Instant instant) {
		return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
	}

	private static List<TelemetryRecord.Frame> frames(JsonParser json, JsonToken token) {
		expect(token, JsonToken.START_ARRAY);
		List<TelemetryRecord.Frame> frames = new ArrayList<>();
		while (json.nextToken() == JsonToken.START_OBJECT) {
			long time = Long.MIN_VALUE;
			long sequence = 0;
			Map<String, Object> samples = Map.of();
			String name;
			while ((name = json.nextName()) != null) {
				JsonToken value = json.nextToken();
				switch (name) {
					case "timestamp" -> time = micros(Instant.parse(json.getString()));
					case "sequence" -> sequence = json.getLongValue();
					case "samples" -> samples = samples(json, value);
					default -> json.skipChildren();
				}
			}
			if (time == Long.MIN_VALUE) {
				throw new IllegalArgumentException("a frame needs a timestamp");
			}
			frames.add(new TelemetryRecord.Frame(time, sequence, samples));
		}
		return frames;
	}

	private static Map<String, Object> samples(JsonParser json, JsonToken token) {
		expect(token, JsonToken.START_OBJECT);
		Map<String, Object> samples = new LinkedHashMap<>();
		String name;
		while ((name = json.nextName()) != null) {
			JsonToken value = json.nextToken();
			samples.put(name, switch (value) {
				case VALUE_NUMBER_INT -> (json.getNumberType() == JsonParser.NumberType.BIG_INTEGER)
						? (Object) json.getDoubleValue() : (Object) json.getLongValue();
				case VALUE_NUMBER_FLOAT -> json.getDoubleValue();
				case VALUE_TRUE -> Boolean.TRUE;
				case VALUE_FALSE -> Boolean.FALSE;
				case VALUE_STRING -> json.getString();
				default -> throw new IllegalArgumentException("sample " + name + " has a " + value + " value");
			});
		}
		return samples;
	}

	private static void expect(JsonToken actual, JsonToken expected) {
		if (actual != expected) {
			throw new IllegalArgumentException("expected " + expected + ", found " + actual);
		}
	}

}

package space.orbit.telemetry.columnar;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.core.JsonGenerator;

import space.orbit.telemetry.Frame;
import space.orbit.telemetry.TelemetryCodec;
import space.orbit.telemetry.TelemetryRecord;
import space.orbit.telemetry.TelemetryRecordReader;

/**
 * Frames for the codec's tests and benchmark, the v1 JSON record as the processor writes
 * it, and both encodings read back as one set of (t, q, parameter, value) samples.
 */
final class ColumnarFixtures {

	static final UUID BATCH = UUID.fromString("4b0c1c6e-0f5e-4a8e-9d5b-2a7f3c1d0e11");

	static final long RECEIVED = 1_795_255_201_500_000L;

	static final Instant START = Instant.parse("2026-11-21T10:00:00.000001Z");

	private ColumnarFixtures() {
	}

	static Frame frame(String spacecraftId, long secondsAfterStart, long sequence, Object... namesAndValues) {
		Map<String, Object> samples = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			samples.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return new Frame(spacecraftId, START.plusSeconds(secondsAfterStart), sequence, samples);
	}

	/**
	 * Frames as the simulator sends them: doubles rounded to a few decimals, three
	 * counters, an eclipse flag and two modes; one String per name, as a JSON parser's
	 * canonical names are.
	 */
	static List<Frame> simulated(String spacecraftId, int frames, int parameters) {
		String[] names = new String[parameters];
		for (int p = 0; p < parameters; p++) {
			names[p] = "SUBSYSTEM" + (p % 6) + ".PARAMETER" + p;
		}
		List<Frame> result = new ArrayList<>(frames);
		for (int i = 0; i < frames; i++) {
			Map<String, Object> samples = new LinkedHashMap<>();
			for (int p = 0; p < parameters; p++) {
				samples.put(names[p], switch (p) {
					case 0, 1, 2 -> (long) (1_000 * p + i * (p + 1));
					case 3 -> (i / 50) % 2 == 0;
					case 4 -> (i / 70) % 2 == 0 ? "NADIR" : "FINE_POINT";
					case 5 -> (i % 3 == 0) ? "CC" : "TRICKLE";
					default -> Math.round((20 + p + 10 * Math.sin((i + p) / 17.0)) * 1_000) / 1_000.0;
				});
			}
			result.add(new Frame(spacecraftId, START.plusMillis(100L * i), 10_000 + i, samples));
		}
		return result;
	}

	/**
	 * The v1 record body exactly as the processor's {@code TelemetryEvents} writes it:
	 * frames sorted by (t, q), samples written as JSON.
	 */
	static byte[] v1(String spacecraftId, int chunk, List<Frame> frames) {
		List<Frame> sorted = new ArrayList<>(frames);
		sorted.sort(Comparator.comparing(Frame::timestamp).thenComparingLong(Frame::sequence));
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 + sorted.size() * 1_024);
		try (JsonGenerator json = TelemetryCodec.generator(out)) {
			json.writeStartObject();
			json.writeStringProperty("spacecraftId", spacecraftId);
			json.writeStringProperty("batchId", BATCH.toString());
			json.writeStringProperty("receivedAt", TelemetryCodec.formatTimestamp(received()));
			json.writeNumberProperty("chunk", chunk);
			json.writeName("frames");
			json.writeStartArray();
			for (Frame frame : sorted) {
				TelemetryCodec.writeFrame(json, frame, false);
			}
			json.writeEndArray();
			json.writeEndObject();
		}
		return out.toByteArray();
	}

	static Instant received() {
		return Instant.EPOCH.plusNanos(RECEIVED * 1_000);
	}

	/** A sample as a comparable value: (t, q, parameter, value). */
	record Sample(long time, long sequence, String parameter, Object value) {
	}

	static Set<Sample> samples(TelemetryRecord record) {
		Set<Sample> samples = new HashSet<>();
		for (TelemetryRecord.Frame frame : record.frames()) {
			frame.samples()
				.forEach((name, value) -> samples.add(new Sample(frame.timeMicros(), frame.sequence(), name, value)));
		}
		return samples;
	}

	static Set<Sample> samples(List<Frame> frames) {
		Set<Sample> samples = new HashSet<>();
		for (Frame frame : frames) {
			long time = TelemetryRecordReader.micros(frame.timestamp());
			frame.samples().forEach((name, value) -> samples.add(new Sample(time, frame.sequence(), name, value)));
		}
		return samples;
	}

	static Set<Sample> samples(TelemetryColumns columns) {
		Set<Sample> samples = new HashSet<>();
		for (TelemetryColumn column : columns.columns()) {
			int[] frames = column.frameIndexes();
			for (int i = 0; i < column.count(); i++) {
				int f = frames[i];
				samples.add(new Sample(columns.times()[f], columns.sequences()[f], column.name(), value(column, i)));
			}
		}
		return samples;
	}

	static Object value(TelemetryColumn column, int i) {
		return switch (column.valueType(i)) {
			case DOUBLE -> column.doubles()[i];
			case LONG -> column.longs()[i];
			case BOOLEAN -> column.booleans()[i];
			case STRING -> column.strings()[i];
			case MIXED -> throw new IllegalStateException("a value is never MIXED");
		};
	}

}

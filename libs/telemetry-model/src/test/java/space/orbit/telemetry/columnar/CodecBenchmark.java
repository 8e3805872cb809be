package space.orbit.telemetry.columnar;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonGenerator;

import space.orbit.telemetry.Frame;
import space.orbit.telemetry.TelemetryCodec;
import space.orbit.telemetry.TelemetryRecordReader;

/**
 * Encodes and decodes a record of the simulator's shape (200 frames x 42 parameters:
 * doubles, three counters, a flag, two modes) in today's v1 JSON and in v2, on one
 * thread, and prints ns and bytes per sample; the figures go to docs/telemetry-v2.md. Run
 * with the test class path:
 * {@code java -cp ... space.orbit.telemetry.columnar.CodecBenchmark [frames] [parameters] [seconds]}.
 */
public final class CodecBenchmark {

	private CodecBenchmark() {
	}

	public static void main(String[] args) {
		int frameCount = (args.length > 0) ? Integer.parseInt(args[0]) : 200;
		int parameters = (args.length > 1) ? Integer.parseInt(args[1]) : 42;
		double seconds = (args.length > 2) ? Double.parseDouble(args[2]) : 1.0;
		List<Frame> frames = ColumnarFixtures.simulated("ORB-1", frameCount, parameters);
		int samples = frameCount * parameters;
		List<String> samplesText = samplesText(frames);
		byte[] v1 = ColumnarFixtures.v1("ORB-1", 0, frames);
		byte[] v2 = ColumnarRecord.encode("ORB-1", ColumnarFixtures.BATCH, ColumnarFixtures.RECEIVED, 0, frames);
		String one = frames.getFirst().samples().keySet().iterator().next();
		System.out.printf("record: %d frames x %d parameters = %d samples%n", frameCount, parameters, samples);
		System.out.printf("size: v1 JSON %d B (%.1f B/sample), v2 %d B (%.2f B/sample)%n", v1.length,
				(double) v1.length / samples, v2.length, (double) v2.length / samples);
		run("v1 encode, samples text forwarded (processor today)", samples, seconds,
				() -> v1Forwarded(frames, samplesText).length);
		run("v1 encode, samples serialized", samples, seconds, () -> ColumnarFixtures.v1("ORB-1", 0, frames).length);
		run("v1 decode (TelemetryRecordReader)", samples, seconds, () -> TelemetryRecordReader.read(v1).sampleCount());
		run("v2 encode (ColumnarRecord.encode)", samples, seconds, () -> ColumnarRecord.encode("ORB-1",
				ColumnarFixtures.BATCH, ColumnarFixtures.RECEIVED, 0, frames).length);
		run("v2 encode (ColumnarBatchBuilder: appends + records)", samples, seconds,
				() -> batchBuilder(frames).records(ColumnarFixtures.BATCH, ColumnarFixtures.RECEIVED).size());
		run("v2 decode, every column", samples, seconds, () -> checksum(ColumnarRecord.decode(v2)));
		run("v2 decode, one column of " + parameters, samples, seconds,
				() -> checksum(ColumnarRecord.decode(v2, one::equals)));
	}

	private static void run(String name, int samples, double seconds, Task task) {
		long sink = 0;
		sink += measure(task, seconds * 2);
		double[] rounds = new double[5];
		for (int round = 0; round < rounds.length; round++) {
			long start = System.nanoTime();
			long end = start + (long) (seconds * 1e9);
			long calls = 0;
			long now;
			do {
				sink += task.run();
				calls++;
				now = System.nanoTime();
			}
			while (now < end);
			rounds[round] = (double) (now - start) / calls / samples;
		}
		Arrays.sort(rounds);
		System.out.printf("%-55s %7.1f ns/sample (median of 5; best %.1f)  [%d]%n", name, rounds[2], rounds[0],
				sink & 0xF);
	}

	private static long measure(Task task, double seconds) {
		long sink = 0;
		long end = System.nanoTime() + (long) (seconds * 1e9);
		while (System.nanoTime() < end) {
			sink += task.run();
		}
		return sink;
	}

	private static long checksum(TelemetryColumns columns) {
		long sum = columns.frameCount();
		for (TelemetryColumn column : columns.columns()) {
			sum += column.count();
		}
		return sum;
	}

	private static List<String> samplesText(List<Frame> frames) {
		List<String> texts = new ArrayList<>();
		for (Frame frame : frames) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (JsonGenerator json = TelemetryCodec.generator(out)) {
				TelemetryCodec.writeSamples(json, frame.samples());
			}
			texts.add(out.toString(StandardCharsets.UTF_8));
		}
		return texts;
	}

	/**
	 * As the processor's TelemetryEvents writes a record: each frame's samples as kept
	 * text.
	 */
	private static byte[] v1Forwarded(List<Frame> frames, List<String> samplesText) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 + frames.size() * 42 * 40);
		try (JsonGenerator json = TelemetryCodec.generator(out)) {
			json.writeStartObject();
			json.writeStringProperty("spacecraftId", "ORB-1");
			json.writeStringProperty("batchId", ColumnarFixtures.BATCH.toString());
			json.writeStringProperty("receivedAt", TelemetryCodec.formatTimestamp(ColumnarFixtures.received()));
			json.writeNumberProperty("chunk", 0);
			json.writeName("frames");
			json.writeStartArray();
			for (int i = 0; i < frames.size(); i++) {
				json.writeStartObject();
				json.writeStringProperty("timestamp", TelemetryCodec.formatTimestamp(frames.get(i).timestamp()));
				json.writeNumberProperty("sequence", frames.get(i).sequence());
				json.writeName("samples");
				json.writeRawValue(samplesText.get(i));
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeEndObject();
		}
		return out.toByteArray();
	}

	/** The appends a parser would make, fed from the frames' maps. */
	private static ColumnarBatchBuilder batchBuilder(List<Frame> frames) {
		ColumnarBatchBuilder builder = new ColumnarBatchBuilder();
		for (Frame frame : frames) {
			builder.startFrame();
			for (Map.Entry<String, Object> sample : frame.samples().entrySet()) {
				switch (sample.getValue()) {
					case Double d -> builder.addDouble(sample.getKey(), d);
					case Long l -> builder.addLong(sample.getKey(), l);
					case Boolean b -> builder.addBoolean(sample.getKey(), b);
					default -> builder.addString(sample.getKey(), (String) sample.getValue());
				}
			}
			builder.endFrame(frame.spacecraftId(), TelemetryRecordReader.micros(frame.timestamp()), frame.sequence());
		}
		return builder;
	}

	@FunctionalInterface
	private interface Task {

		long run();

	}

}

package space.orbit.simulator.send;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonGenerator;
import space.orbit.simulator.stream.FrameSink;
import space.orbit.telemetry.Frame;
import space.orbit.telemetry.TelemetryCodec;

/**
 * One POST body, {@code {"frames":[...]}}, written once and re-sent as is: frames are
 * identified by (spacecraftId, sequence, timestamp), so a re-send is harmless.
 *
 * @param body the JSON bytes
 * @param frames frames in it
 * @param samples samples in it
 */
public record Batch(byte[] body, int frames, int samples) {

	/** Writes frames as a request body. */
	public static Batch of(List<Frame> frames) {
		Builder builder = new Builder(frames.size());
		frames.forEach(builder::frame);
		return builder.build();
	}

	/**
	 * A body written frame by frame: a frame as Jackson writes it, or a frame whose
	 * samples are already JSON (a replayed one), copied around its identity. Both give
	 * the bytes {@link #of} gives for the same frames.
	 */
	public static final class Builder implements FrameSink {

		private static final byte[] TIMESTAMP = ",\"timestamp\":\"".getBytes(StandardCharsets.US_ASCII);

		private static final byte[] SEQUENCE = "\",\"sequence\":".getBytes(StandardCharsets.US_ASCII);

		private static final byte[] SAMPLES = ",\"samples\":".getBytes(StandardCharsets.US_ASCII);

		private final ByteArrayOutputStream out;

		private final Map<String, byte[]> heads = new HashMap<>();

		private int frames;

		private int samples;

		public Builder(int expectedFrames) {
			this.out = new ByteArrayOutputStream(64 + expectedFrames * 1_600);
			this.out.writeBytes("{\"frames\":[".getBytes(StandardCharsets.US_ASCII));
		}

		/** Frames added so far. */
		public int frames() {
			return this.frames;
		}

		@Override
		public void frame(Frame frame) {
			separate();
			try (JsonGenerator json = TelemetryCodec.generator(this.out)) {
				TelemetryCodec.writeFrame(json, frame, true);
			}
			this.frames++;
			this.samples += frame.sampleCount();
		}

		@Override
		public void encoded(String spacecraftId, Instant timestamp, long sequence, byte[] samplesJson, int count) {
			separate();
			this.out.writeBytes(this.heads.computeIfAbsent(spacecraftId, Builder::head));
			this.out.writeBytes(TIMESTAMP);
			this.out.writeBytes(TelemetryCodec.formatTimestamp(timestamp).getBytes(StandardCharsets.US_ASCII));
			this.out.writeBytes(SEQUENCE);
			this.out.writeBytes(Long.toString(sequence).getBytes(StandardCharsets.US_ASCII));
			this.out.writeBytes(SAMPLES);
			this.out.writeBytes(samplesJson);
			this.out.write('}');
			this.frames++;
			this.samples += count;
		}

		public Batch build() {
			this.out.writeBytes("]}".getBytes(StandardCharsets.US_ASCII));
			return new Batch(this.out.toByteArray(), this.frames, this.samples);
		}

		private void separate() {
			if (this.frames > 0) {
				this.out.write(',');
			}
		}

		/** {@code {"spacecraftId":"ORB-1"}} as Jackson writes it, without the brace. */
		private static byte[] head(String spacecraftId) {
			ByteArrayOutputStream out = new ByteArrayOutputStream(32);
			try (JsonGenerator json = TelemetryCodec.generator(out)) {
				json.writeStartObject();
				json.writeStringProperty("spacecraftId", spacecraftId);
				json.writeEndObject();
			}
			byte[] object = out.toByteArray();
			return java.util.Arrays.copyOf(object, object.length - 1);
		}

	}

}

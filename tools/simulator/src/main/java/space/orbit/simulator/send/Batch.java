package space.orbit.simulator.send;

import java.io.ByteArrayOutputStream;
import java.util.List;

import tools.jackson.core.JsonGenerator;
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
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 + frames.size() * 1_600);
		int samples = 0;
		try (JsonGenerator json = TelemetryCodec.generator(out)) {
			json.writeStartObject();
			json.writeName("frames");
			json.writeStartArray();
			for (Frame frame : frames) {
				TelemetryCodec.writeFrame(json, frame, true);
				samples += frame.sampleCount();
			}
			json.writeEndArray();
			json.writeEndObject();
		}
		return new Batch(out.toByteArray(), frames.size(), samples);
	}

}

package space.orbit.test;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.core.JsonGenerator;

import space.orbit.telemetry.Frame;
import space.orbit.telemetry.TelemetryCodec;

/**
 * Builds telemetry request bodies:
 * {@code TelemetryFixtures.frames(1000).samplesPerFrame(50).json()}. Frames are spread
 * round-robin over the spacecraft, one frame per spacecraft every {@code interval},
 * ending near now so they fall inside ingest's timestamp window.
 */
public final class TelemetryFixtures {

	private int frames = 1;

	private int samplesPerFrame = 3;

	private List<String> spacecraft = List.of("ORB-1");

	private Instant start = Instant.now().minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MILLIS);

	private Duration interval = Duration.ofMillis(100);

	private long firstSequence = 0;

	private TelemetryFixtures() {
	}

	public static TelemetryFixtures frames(int frames) {
		TelemetryFixtures fixtures = new TelemetryFixtures();
		fixtures.frames = frames;
		return fixtures;
	}

	public TelemetryFixtures samplesPerFrame(int samples) {
		this.samplesPerFrame = samples;
		return this;
	}

	public TelemetryFixtures spacecraft(String... ids) {
		this.spacecraft = List.of(ids);
		return this;
	}

	public TelemetryFixtures startingAt(Instant start) {
		this.start = start;
		return this;
	}

	public TelemetryFixtures every(Duration interval) {
		this.interval = interval;
		return this;
	}

	public TelemetryFixtures firstSequence(long sequence) {
		this.firstSequence = sequence;
		return this;
	}

	public int sampleCount() {
		return this.frames * this.samplesPerFrame;
	}

	public List<Frame> build() {
		List<Frame> result = new ArrayList<>(this.frames);
		for (int i = 0; i < this.frames; i++) {
			String id = this.spacecraft.get(i % this.spacecraft.size());
			long round = i / this.spacecraft.size();
			Map<String, Object> samples = new LinkedHashMap<>();
			for (int p = 0; p < this.samplesPerFrame; p++) {
				samples.put(parameter(p), value(p, round));
			}
			result.add(new Frame(id, this.start.plus(this.interval.multipliedBy(round)), this.firstSequence + round,
					samples));
		}
		return result;
	}

	/** The request body {@code {"frames":[...]}}. */
	public String json() {
		StringBuilder json = new StringBuilder(this.frames * (this.samplesPerFrame * 32 + 100));
		json.append("{\"frames\":[");
		List<Frame> built = build();
		for (int i = 0; i < built.size(); i++) {
			Frame frame = built.get(i);
			json.append((i > 0) ? "," : "")
				.append("{\"spacecraftId\":\"")
				.append(frame.spacecraftId())
				.append("\",\"timestamp\":\"")
				.append(TelemetryCodec.formatTimestamp(frame.timestamp()))
				.append("\",\"sequence\":")
				.append(frame.sequence())
				.append(",\"samples\":{");
			int p = 0;
			for (Map.Entry<String, Object> sample : frame.samples().entrySet()) {
				json.append((p++ > 0) ? "," : "").append('"').append(sample.getKey()).append("\":");
				Object value = sample.getValue();
				json.append((value instanceof String s) ? "\"" + s + "\"" : String.valueOf(value));
			}
			json.append("}}");
		}
		return json.append("]}").toString();
	}

	static String parameter(int index) {
		return switch (index % 4) {
			case 0 -> "EPS.BUS" + index + ".VOLTAGE";
			case 1 -> "THERMAL.ZONE" + index + ".TEMP";
			case 2 -> "AOCS.RW" + index + ".SPEED";
			default -> "OBC.FLAG" + index;
		};
	}

	static Object value(int index, long round) {
		return switch (index % 4) {
			case 0 -> 28.0 + (round % 10) * 0.01;
			case 1 -> -12.5 + index;
			case 2 -> (long) (1500 + round);
			default -> (round % 2 == 0) ? "NOMINAL" : "SAFE";
		};
	}

	/**
	 * A record of {@code orbit.telemetry.v1} as the processor wrote it (JSON, frames in
	 * the given order), for the consumers' tests of the old contract.
	 */
	public static byte[] v1Record(String spacecraftId, UUID batchId, Instant receivedAt, int chunk,
			List<Frame> frames) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (JsonGenerator json = TelemetryCodec.generator(out)) {
			json.writeStartObject();
			json.writeStringProperty("spacecraftId", spacecraftId);
			json.writeStringProperty("batchId", batchId.toString());
			json.writeStringProperty("receivedAt", TelemetryCodec.formatTimestamp(receivedAt));
			json.writeNumberProperty("chunk", chunk);
			json.writeName("frames");
			json.writeStartArray();
			for (Frame frame : frames) {
				TelemetryCodec.writeFrame(json, frame, false);
			}
			json.writeEndArray();
			json.writeEndObject();
		}
		return out.toByteArray();
	}

}

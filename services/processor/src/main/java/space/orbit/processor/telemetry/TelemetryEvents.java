package space.orbit.processor.telemetry;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import tools.jackson.core.JsonGenerator;

import org.springframework.stereotype.Component;
import space.orbit.processor.ProcessorProperties;
import space.orbit.telemetry.TelemetryCodec;

/**
 * Turns a batch's frames into Kafka events, deterministically: grouped by spacecraft
 * (sorted), frames in (timestamp, sequence) order, cut into chunks by sample and frame
 * count only. The same frames always give the same event ids, whether published at once
 * or recovered from the table after a crash.
 */
@Component
class TelemetryEvents {

	static final Comparator<StoredFrame> FRAME_ORDER = Comparator.comparing(StoredFrame::timestamp)
		.thenComparingLong(StoredFrame::sequence);

	private final int maxSamples;

	private final int maxFrames;

	TelemetryEvents(ProcessorProperties properties) {
		this.maxSamples = properties.events().maxSamples();
		this.maxFrames = properties.events().maxFrames();
	}

	List<TelemetryEvent> of(UUID batchId, Instant receivedAt, List<StoredFrame> frames) {
		Map<String, List<StoredFrame>> bySpacecraft = new TreeMap<>();
		for (StoredFrame frame : frames) {
			bySpacecraft.computeIfAbsent(frame.spacecraftId(), id -> new ArrayList<>()).add(frame);
		}
		List<TelemetryEvent> events = new ArrayList<>();
		bySpacecraft.forEach((spacecraftId, ofSpacecraft) -> {
			ofSpacecraft.sort(FRAME_ORDER);
			int chunk = 0;
			int start = 0;
			while (start < ofSpacecraft.size()) {
				int end = start;
				int samples = 0;
				while (end < ofSpacecraft.size() && end - start < this.maxFrames
						&& (end == start || samples + ofSpacecraft.get(end).sampleCount() <= this.maxSamples)) {
					samples += ofSpacecraft.get(end).sampleCount();
					end++;
				}
				events
					.add(event(batchId, receivedAt, spacecraftId, chunk++, ofSpacecraft.subList(start, end), samples));
				start = end;
			}
		});
		return events;
	}

	private static TelemetryEvent event(UUID batchId, Instant receivedAt, String spacecraftId, int chunk,
			List<StoredFrame> frames, int samples) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 + samples * 40);
		try (JsonGenerator json = TelemetryCodec.generator(out)) {
			json.writeStartObject();
			json.writeStringProperty("spacecraftId", spacecraftId);
			json.writeStringProperty("batchId", batchId.toString());
			json.writeStringProperty("receivedAt", TelemetryCodec.formatTimestamp(receivedAt));
			json.writeNumberProperty("chunk", chunk);
			json.writeName("frames");
			json.writeStartArray();
			for (StoredFrame frame : frames) {
				json.writeStartObject();
				json.writeStringProperty("timestamp", TelemetryCodec.formatTimestamp(frame.timestamp()));
				json.writeNumberProperty("sequence", frame.sequence());
				json.writeName("samples");
				json.writeRawValue(frame.samplesJson());
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeEndObject();
		}
		String id = batchId + "/" + spacecraftId + "/" + chunk;
		return new TelemetryEvent(id, spacecraftId, out.toByteArray(), frames.size(), samples);
	}

}

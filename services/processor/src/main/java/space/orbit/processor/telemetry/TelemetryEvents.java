package space.orbit.processor.telemetry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.stereotype.Component;
import space.orbit.processor.ProcessorProperties;
import space.orbit.telemetry.Frame;
import space.orbit.telemetry.TelemetryRecordReader;
import space.orbit.telemetry.columnar.ColumnarRecord;
import space.orbit.telemetry.columnar.SegmentCut;
import space.orbit.telemetry.columnar.TelemetryColumns;

/**
 * Turns a batch's frames into Kafka records of {@code orbit.telemetry.v2} (ADR 0030),
 * deterministically: grouped by spacecraft (sorted), each spacecraft's frames cut by
 * {@link SegmentCut} into columnar records of at most
 * {@code orbit.processor.events.max-record-bytes}, frames in (timestamp, sequence) order.
 * The same frames always give the same ids and the same bytes, whether published at once
 * or recovered from the table after a crash.
 */
@Component
class TelemetryEvents {

	static final Comparator<StoredFrame> FRAME_ORDER = Comparator.comparing(StoredFrame::timestamp)
		.thenComparingLong(StoredFrame::sequence);

	private final int maxRecordBytes;

	TelemetryEvents(ProcessorProperties properties) {
		this.maxRecordBytes = properties.events().maxRecordBytes();
	}

	List<TelemetryEvent> of(UUID batchId, Instant receivedAt, List<StoredFrame> frames) {
		Map<String, List<Frame>> bySpacecraft = new TreeMap<>();
		for (StoredFrame frame : frames) {
			bySpacecraft.computeIfAbsent(frame.spacecraftId(), id -> new ArrayList<>()).add(frame.frame());
		}
		long received = TelemetryRecordReader.micros(receivedAt);
		List<TelemetryEvent> events = new ArrayList<>();
		bySpacecraft.forEach((spacecraftId, ofSpacecraft) -> {
			List<byte[]> records = SegmentCut.records(spacecraftId, batchId, received, ofSpacecraft,
					this.maxRecordBytes);
			for (int chunk = 0; chunk < records.size(); chunk++) {
				byte[] record = records.get(chunk);
				// The header and frame keys only: the counts the record's headers carry.
				TelemetryColumns keys = ColumnarRecord.decode(record, name -> false);
				events.add(new TelemetryEvent(batchId + "/" + spacecraftId + "/" + chunk, spacecraftId, record,
						keys.frameCount(), keys.sampleCount()));
			}
		});
		return events;
	}

}

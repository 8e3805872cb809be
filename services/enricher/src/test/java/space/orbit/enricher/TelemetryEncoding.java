package space.orbit.enricher;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import space.orbit.telemetry.Frame;
import space.orbit.telemetry.TelemetryRecordReader;
import space.orbit.telemetry.columnar.ColumnarRecord;
import space.orbit.telemetry.columnar.TelemetryRecords;
import space.orbit.test.TelemetryFixtures;

/**
 * The two contracts of a telemetry record on Kafka, as the processor writes them: v1 JSON
 * ({@code application/json}) and v2 columns
 * ({@code application/vnd.orbit.telemetry-columns}), each with the {@code content-type}
 * header that names it.
 */
public enum TelemetryEncoding {

	/** {@code orbit.telemetry.v1}: one JSON object per record. */
	JSON(TelemetryRecords.JSON_CONTENT_TYPE) {

		@Override
		public byte[] encode(String spacecraftId, UUID batchId, Instant receivedAt, int chunk, List<Frame> frames) {
			return TelemetryFixtures.v1Record(spacecraftId, batchId, receivedAt, chunk, frames);
		}

	},

	/** {@code orbit.telemetry.v2}: the columnar record of docs/telemetry-v2.md. */
	COLUMNS(TelemetryRecords.COLUMNS_CONTENT_TYPE) {

		@Override
		public byte[] encode(String spacecraftId, UUID batchId, Instant receivedAt, int chunk, List<Frame> frames) {
			return ColumnarRecord.encode(spacecraftId, batchId, TelemetryRecordReader.micros(receivedAt), chunk,
					frames);
		}

	};

	private final String contentType;

	TelemetryEncoding(String contentType) {
		this.contentType = contentType;
	}

	/** The value of the record's {@code content-type} header. */
	public String contentType() {
		return this.contentType;
	}

	/** The value of a record of these frames (all of one spacecraft). */
	public abstract byte[] encode(String spacecraftId, UUID batchId, Instant receivedAt, int chunk, List<Frame> frames);

}

package space.orbit.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

import space.orbit.telemetry.Frame;
import space.orbit.telemetry.TelemetryRecord;
import space.orbit.telemetry.TelemetryRecordReader;
import space.orbit.telemetry.columnar.ColumnarRecord;
import space.orbit.telemetry.columnar.TelemetryColumns;
import space.orbit.telemetry.columnar.TelemetryRecords;
import space.orbit.test.TelemetryFixtures;

/**
 * The two encodings of a telemetry record on Kafka (ADR 0030), told apart by the record's
 * {@code content-type} header: the tests that feed records run over both.
 */
public enum TelemetryEncoding {

	/** {@code orbit.telemetry.v1}: JSON, as the processor wrote it. */
	JSON(TelemetryRecords.JSON_CONTENT_TYPE),

	/** {@code orbit.telemetry.v2}: the columnar record. */
	COLUMNS(TelemetryRecords.COLUMNS_CONTENT_TYPE);

	/** The Kafka header naming the encoding. */
	public static final String CONTENT_TYPE = "content-type";

	private final String contentType;

	TelemetryEncoding(String contentType) {
		this.contentType = contentType;
	}

	public String contentType() {
		return this.contentType;
	}

	/** The record of these frames (all of {@code spacecraftId}), chunk 0. */
	public byte[] encode(String spacecraftId, UUID batchId, Instant receivedAt, List<Frame> frames) {
		if (this == COLUMNS) {
			return ColumnarRecord.encode(spacecraftId, batchId, TelemetryRecordReader.micros(receivedAt), 0, frames);
		}
		return TelemetryFixtures.v1Record(spacecraftId, batchId, receivedAt, 0, frames);
	}

	/**
	 * A v1 JSON record in this encoding: as it is, or the columnar record of the same
	 * frames (the batch id kept when it has one).
	 */
	public byte[] fromJson(String v1) {
		byte[] json = v1.getBytes(StandardCharsets.UTF_8);
		if (this == JSON) {
			return json;
		}
		TelemetryRecord record = TelemetryRecordReader.read(json);
		List<Frame> frames = new ArrayList<>();
		for (TelemetryRecord.Frame frame : record.frames()) {
			frames.add(new Frame(record.spacecraftId(), Instant.ofEpochSecond(0, frame.timeMicros() * 1_000L),
					frame.sequence(), frame.samples()));
		}
		UUID batchId = (record.batchId() != null) ? UUID.fromString(record.batchId()) : new UUID(0, 0);
		return ColumnarRecord.encode(record.spacecraftId(), batchId, record.receivedAtMicros(), 0, frames);
	}

	/** The record read as the dashboard reads it, every column decoded. */
	public TelemetryColumns read(byte[] value) {
		return TelemetryRecords.read(this.contentType, value);
	}

	/** A consumed record with this encoding's header. */
	public ConsumerRecord<String, byte[]> consumed(String topic, long offset, String key, byte[] value) {
		ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(topic, 0, offset, key, value);
		record.headers().add(CONTENT_TYPE, this.contentType.getBytes(StandardCharsets.UTF_8));
		return record;
	}

	/** A record to publish, with this encoding's header. */
	public ProducerRecord<String, byte[]> produced(String topic, String key, byte[] value) {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
		record.headers().add(CONTENT_TYPE, this.contentType.getBytes(StandardCharsets.UTF_8));
		return record;
	}

}

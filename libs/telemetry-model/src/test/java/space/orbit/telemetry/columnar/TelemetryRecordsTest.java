package space.orbit.telemetry.columnar;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import space.orbit.telemetry.Frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Either contract read by its content type into the same columns.
 */
class TelemetryRecordsTest {

	private final List<Frame> frames = List.of(
			ColumnarFixtures.frame("ORB-1", 2, 12, "EPS.VBAT", 28.1, "OBC.MODE", "NADIR"),
			ColumnarFixtures.frame("ORB-1", 1, 11, "EPS.VBAT", 28.2, "OBC.RESETS", 3L),
			ColumnarFixtures.frame("ORB-1", 3, 13, "THERM.ECLIPSE", true));

	@Test
	void aV1RecordReadsAsTheV2RecordOfTheSameFrames() {
		byte[] v2 = ColumnarRecord.encode("ORB-1", ColumnarFixtures.BATCH, ColumnarFixtures.RECEIVED, 0, this.frames);
		TelemetryColumns fromJson = TelemetryRecords.read("application/json",
				ColumnarFixtures.v1("ORB-1", 0, this.frames));
		TelemetryColumns fromColumns = TelemetryRecords.read(TelemetryRecords.COLUMNS_CONTENT_TYPE, v2);
		assertThat(ColumnarFixtures.samples(fromJson)).isEqualTo(ColumnarFixtures.samples(fromColumns))
			.isEqualTo(ColumnarFixtures.samples(this.frames))
			.hasSize(5);
		assertThat(fromJson.times()).isEqualTo(fromColumns.times()).isSorted();
		assertThat(fromJson.sequences()).containsExactly(11, 12, 13);
		assertThat(fromJson.batchId()).isEqualTo(ColumnarFixtures.BATCH);
		assertThat(fromJson.receivedAtMicros()).isEqualTo(ColumnarFixtures.RECEIVED);
		assertThat(fromJson.sampleCount()).isEqualTo(fromColumns.sampleCount()).isEqualTo(5);
	}

	@Test
	void aMissingContentTypeIsV1AndTheColumnsTypeIsKnownWhateverItsCaseOrParameters() {
		assertThat(TelemetryRecords.read(null, ColumnarFixtures.v1("ORB-1", 0, this.frames)).frameCount()).isEqualTo(3);
		assertThat(TelemetryRecords.isColumns("Application/Vnd.Orbit.Telemetry-Columns; version=2")).isTrue();
		assertThat(TelemetryRecords.isColumns("application/json")).isFalse();
		assertThat(TelemetryRecords.isColumns(null)).isFalse();
	}

	@Test
	void onlyTheColumnsAskedForAreDecodedFromEitherContract() {
		byte[] v2 = ColumnarRecord.encode("ORB-1", ColumnarFixtures.BATCH, ColumnarFixtures.RECEIVED, 0, this.frames);
		for (TelemetryColumns columns : List
			.of(TelemetryRecords.read(TelemetryRecords.COLUMNS_CONTENT_TYPE, v2, "EPS.VBAT"::equals), TelemetryRecords
				.read("application/json", ColumnarFixtures.v1("ORB-1", 0, this.frames), "EPS.VBAT"::equals))) {
			assertThat(columns.columns()).extracting(TelemetryColumn::name).containsExactly("EPS.VBAT");
			assertThat(columns.parameters()).containsExactly("EPS.VBAT", "OBC.MODE", "OBC.RESETS", "THERM.ECLIPSE");
			assertThat(columns.column("EPS.VBAT").doubles()).containsExactly(28.2, 28.1);
		}
	}

	@Test
	void aV1RecordWithoutFramesIsAnEmptyRecord() {
		byte[] json = ("{\"spacecraftId\":\"ORB-1\",\"batchId\":\"" + ColumnarFixtures.BATCH
				+ "\",\"receivedAt\":\"2026-11-21T10:00:00Z\",\"chunk\":0,\"frames\":[]}")
			.getBytes(StandardCharsets.UTF_8);
		TelemetryColumns columns = TelemetryRecords.read("application/json", json);
		assertThat(columns.spacecraftId()).isEqualTo("ORB-1");
		assertThat(columns.frameCount()).isZero();
		assertThat(columns.sampleCount()).isZero();
	}

	@Test
	void garbageIsUnreadableUnderEitherContentType() {
		byte[] garbage = "not a record".getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(UnreadableRecordException.class)
			.isThrownBy(() -> TelemetryRecords.read("application/json", garbage))
			.withMessageContaining("v1 JSON");
		assertThatExceptionOfType(UnreadableRecordException.class)
			.isThrownBy(() -> TelemetryRecords.read(TelemetryRecords.COLUMNS_CONTENT_TYPE, garbage));
		assertThatExceptionOfType(UnreadableRecordException.class)
			.isThrownBy(() -> TelemetryRecords.read(TelemetryRecords.COLUMNS_CONTENT_TYPE, null))
			.withMessageContaining("no value");
		byte[] notUuid = "{\"spacecraftId\":\"ORB-1\",\"batchId\":\"b-1\",\"frames\":[]}"
			.getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(UnreadableRecordException.class)
			.isThrownBy(() -> TelemetryRecords.read("application/json", notUuid))
			.withMessageContaining("b-1");
	}

}

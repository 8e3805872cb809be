package space.orbit.enricher.archive;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import space.orbit.enricher.TelemetryEncoding;
import space.orbit.enricher.enrichment.DerivedParameter;
import space.orbit.enricher.enrichment.EnrichedRecord;
import space.orbit.enricher.enrichment.EnrichedSample;
import space.orbit.enricher.enrichment.Enricher;
import space.orbit.enricher.registry.Registry;
import space.orbit.registry.Mission;
import space.orbit.registry.ParameterDefinition;
import space.orbit.registry.Polynomial;
import space.orbit.registry.RawType;
import space.orbit.registry.RegistryEvent;
import space.orbit.registry.RegistryRecord;
import space.orbit.registry.Spacecraft;
import space.orbit.telemetry.Frame;
import space.orbit.telemetry.columnar.TelemetryRecords;
import space.orbit.test.TestMongo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The writer's columnar input makes the archive that the same samples written one by one,
 * in the order the enricher used to produce them (frame after frame, derived parameters
 * after the frame's samples), make: the same documents, slots, summaries and columns,
 * through overlapping records in one write, a record older than the one before, a
 * registry change between records of one window, a parameter both sent and derived, and a
 * redelivery.
 */
class ColumnarWriteIT {

	/** Three hours ago, on the hour and 30 s (micros): records straddle windows. */
	private static final long BASE = ((System.currentTimeMillis() / 3_600_000L - 3) * 3_600_000L + 30_000L) * 1_000L;

	private static final TestMongo mongo = TestMongo.newDatabase("enricher_columnar");

	private final Registry registry = new Registry();

	private final Enricher enricher = new Enricher(this.registry, List.of(new DerivedParameter("EPS.BATTERY.POWER",
			DerivedParameter.Operation.PRODUCT, List.of("EPS.BATTERY.VOLTAGE", "EPS.BATTERY.CURRENT"), "W")));

	@AfterAll
	static void dropDatabase() {
		mongo.close();
	}

	@Test
	void columnsAndTheSameSamplesOneByOneMakeTheSameArchive() {
		put(new Mission("DEMO", "Demo", null));
		put(new Spacecraft("ORB-1", "DEMO", "Orbit 1", null, null));
		put(new ParameterDefinition("DEMO", "EPS.BATTERY.VOLTAGE", "EPS", null, "V", RawType.INTEGER,
				Polynomial.of(0, 0.01), null));
		put(new ParameterDefinition("DEMO", "EPS.BATTERY.CURRENT", "EPS", null, "A", RawType.FLOAT, null, null));
		List<List<EnrichedRecord>> writes = new ArrayList<>();
		writes.add(List.of(enrich(TelemetryEncoding.COLUMNS, 0, 60, false),
				enrich(TelemetryEncoding.JSON, 40, 90, false), enrich(TelemetryEncoding.COLUMNS, 10, 21, true)));
		// the current now in mA: the newest record read describes the window
		put(new ParameterDefinition("DEMO", "EPS.BATTERY.CURRENT", "EPS", null, "mA", RawType.FLOAT,
				Polynomial.of(0, 1000), null));
		writes.add(List.of(enrich(TelemetryEncoding.COLUMNS, 85, 130, true),
				enrich(TelemetryEncoding.JSON, 60, 70, false)));
		// the newest power of this window is sent, not derived: the segment says so
		writes.add(List.of(enrich(TelemetryEncoding.COLUMNS, 130, 150, false),
				enrich(TelemetryEncoding.JSON, 150, 156, true)));
		writes.add(writes.getFirst());

		MongoCollection<Document> columns = mongo.database().getCollection("columns_" + System.nanoTime());
		MongoCollection<Document> samples = mongo.database().getCollection("samples_" + System.nanoTime());
		SegmentWriter byColumns = new SegmentWriter(archive(columns));
		SegmentWriter bySamples = new SegmentWriter(archive(samples));
		ArchiveWrite columnsTotal = new ArchiveWrite(0, 0, 0);
		ArchiveWrite samplesTotal = new ArchiveWrite(0, 0, 0);
		for (List<EnrichedRecord> write : writes) {
			ArchiveWrite one = byColumns.writeRecords(write);
			assertThat(bySamples.write(oneByOne(write))).isEqualTo(one);
			columnsTotal = columnsTotal.plus(one);
			samplesTotal = samplesTotal.plus(one);
		}

		assertThat(columnsTotal.samples()).isPositive();
		assertThat(columnsTotal.duplicates()).isPositive();
		List<Document> archived = columns.find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
		assertThat(archived).hasSizeGreaterThan(10);
		assertThat(archived).isEqualTo(samples.find().sort(Sorts.ascending("_id")).into(new ArrayList<>()));
		assertThat(archived).anySatisfy((segment) -> assertThat(segment.get("unit")).isEqualTo("mA"));
		assertThat(archived).anySatisfy((segment) -> {
			assertThat(segment.get("parameter")).isEqualTo("EPS.BATTERY.POWER");
			assertThat(segment.get("derived")).isEqualTo(false);
		});
	}

	/**
	 * Frames {@code [from, to)} of ORB-1 in a record: voltage and current in every frame,
	 * a mode string, a flag in every fourth, a value of mixed types; with
	 * {@code sendsPower} the spacecraft sends the power itself in every fifth frame.
	 */
	private EnrichedRecord enrich(TelemetryEncoding encoding, int from, int to, boolean sendsPower) {
		List<Frame> frames = new ArrayList<>();
		for (int i = from; i < to; i++) {
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("EPS.BATTERY.VOLTAGE", 2800L + i);
			values.put("EPS.BATTERY.CURRENT", -1.5 + i / 100.0);
			values.put("AOCS.MODE", (i % 2 == 0) ? "NADIR" : "SAFE");
			if (i % 4 == 0) {
				values.put("PAYLOAD.FLAG", i % 8 == 0);
			}
			values.put("PAYLOAD.MIXED", (i % 3 == 0) ? (Object) (long) i : (i % 3 == 1) ? (Object) (i + 0.5) : "N/A");
			if (sendsPower && i % 5 == 0) {
				values.put("EPS.BATTERY.POWER", 1.0 * i);
			}
			frames.add(new Frame("ORB-1", Instant.ofEpochSecond(0, (BASE + i * 1_000_000L) * 1_000L), i, values));
		}
		byte[] value = encoding.encode("ORB-1", UUID.randomUUID(), Instant.now(), 0, frames);
		return this.enricher.enrich(TelemetryRecords.read(encoding.contentType(), value));
	}

	/**
	 * The samples in the order the enricher produced them one by one: record after
	 * record, frame after frame, a frame's derived parameters after its samples.
	 */
	private static List<EnrichedSample> oneByOne(List<EnrichedRecord> records) {
		List<EnrichedSample> samples = new ArrayList<>();
		for (EnrichedRecord record : records) {
			List<EnrichedSample> ofRecord = new ArrayList<>(record.samples());
			ofRecord.sort(Comparator.comparingLong(EnrichedSample::timeMicros)
				.thenComparingLong(EnrichedSample::sequence)
				.thenComparing(EnrichedSample::derived));
			samples.addAll(ofRecord);
		}
		return samples;
	}

	private void put(RegistryRecord record) {
		this.registry.apply(new RegistryEvent(record.registryKey(), record));
	}

	private static ArchiveCollection archive(MongoCollection<Document> segments) {
		return new ArchiveCollection(segments, mongo.database().getCollection("no_buckets"),
				ArchiveSamples.settings(Duration.ofDays(30), false, Duration.ofMinutes(10)));
	}

}

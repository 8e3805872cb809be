package space.orbit.enricher.archive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import space.orbit.enricher.enrichment.EnrichedSample;
import space.orbit.test.MongoStandInProcess;
import space.orbit.test.ServiceProcess;

/**
 * Measures samples archived per second into a fresh stand-in on an H2 file (as
 * {@code ./orbit up} runs it), per slice, to show whether the rate stays flat as the
 * archive grows; the figures go to docs/benchmarks.md. Polls like the simulator's: 200
 * frames of 42 parameters, {@code spacecraft} spacecraft at {@code rate} frames per
 * second each. Run with the test class path (the stand-in built):
 * {@code java -cp ... space.orbit.enricher.archive.SegmentWriterBenchmark [samples]
 * [slice] [spacecraft] [rate]}.
 */
public final class SegmentWriterBenchmark {

	static final int PARAMETERS = 42;

	static final int FRAMES_PER_POLL = 200;

	private SegmentWriterBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		long samples = (args.length > 0) ? Long.parseLong(args[0]) : 2_000_000;
		long slice = (args.length > 1) ? Long.parseLong(args[1]) : 500_000;
		int spacecraft = (args.length > 2) ? Integer.parseInt(args[2]) : 10;
		int rate = (args.length > 3) ? Integer.parseInt(args[3]) : 10;
		Path data = Files.createTempDirectory("segment-bench").resolve("archive.mv.db");
		try (MongoStandInProcess standIn = MongoStandInProcess.start(ServiceProcess.freePort(), data);
				MongoClient client = MongoClients.create(standIn.uri("bench"))) {
			MongoDatabase database = client.getDatabase("bench");
			SegmentWriter writer = new SegmentWriter(archive(database));
			ArchiveWrite total = run("segments", writer::write, samples, slice, spacecraft, rate);
			System.out.printf("segments: %,d documents, %d window probes, H2 file %.1f MB%n", total.documents(),
					writer.probes(), Files.size(data) / 1e6);
		}
	}

	/** An archive of one-minute windows in {@code telemetry_segments}. */
	static ArchiveCollection archive(MongoDatabase database) {
		return new ArchiveCollection(database.getCollection("telemetry_segments", Document.class),
				database.getCollection("telemetry_buckets", Document.class),
				new space.orbit.enricher.EnricherProperties.Archive("telemetry_buckets", "telemetry_segments",
						Duration.ofMinutes(1), Duration.ofDays(30), false, Duration.ofMinutes(10), 65_536));
	}

	/** Writes polls until {@code samples}, printing the rate of every slice. */
	static ArchiveWrite run(String name, Function<List<EnrichedSample>, ArchiveWrite> writer, long samples, long slice,
			int spacecraft, int rate) {
		long base = (System.currentTimeMillis() / 3_600_000L - 48) * 3_600_000L * 1_000L;
		long written = 0;
		long sliceStart = System.nanoTime();
		long sliceSamples = 0;
		long frame = 0;
		long begin = System.nanoTime();
		ArchiveWrite total = new ArchiveWrite(0, 0, 0);
		while (written < samples) {
			List<EnrichedSample> poll = new ArrayList<>(FRAMES_PER_POLL * PARAMETERS);
			for (int i = 0; i < FRAMES_PER_POLL; i++, frame++) {
				String id = "ORB-" + (frame % spacecraft);
				long sequence = frame / spacecraft;
				long time = base + sequence * 1_000_000L / rate;
				for (int p = 0; p < PARAMETERS; p++) {
					double value = 28 + Math.sin(sequence * 0.01 + p);
					poll.add(new EnrichedSample(id, "SUB" + (p % 6) + ".PARAM." + p, time, sequence,
							(p % 3 == 0) ? (Object) Math.round(value * 100) : (Object) value, value, true, "DEMO",
							"SUB" + (p % 6), "V", false));
				}
			}
			// Column by column, as the enricher hands a poll's records to the writer (one
			// column of samples per spacecraft and parameter): SegmentWriter.write turns
			// each
			// run of one column into an EnrichedColumns, so the writer sees whole
			// columns.
			poll.sort(java.util.Comparator.comparing(EnrichedSample::spacecraftId)
				.thenComparing(EnrichedSample::parameter)
				.thenComparingLong(EnrichedSample::timeMicros)
				.thenComparingLong(EnrichedSample::sequence));
			ArchiveWrite write = writer.apply(poll);
			total = total.plus(write);
			if (write.samples() != poll.size()) {
				throw new IllegalStateException("archived " + write + " of " + poll.size());
			}
			written += poll.size();
			sliceSamples += poll.size();
			if (sliceSamples >= slice || written >= samples) {
				double seconds = (System.nanoTime() - sliceStart) / 1e9;
				System.out.printf("%s: samples %,d..%,d: %,.0f samples/s (%.1f s)%n", name, written - sliceSamples,
						written, sliceSamples / seconds, seconds);
				sliceStart = System.nanoTime();
				sliceSamples = 0;
			}
		}
		System.out.printf("%s: %,d samples in %.1f s%n", name, written, (System.nanoTime() - begin) / 1e9);
		return total;
	}

}

package space.orbit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./orbit bench}: reference limits, then Orbit at each rate; JSON and Markdown
 * under .orbit/bench.
 */
public final class Bench {

	private Bench() {
	}

	public static void main(String[] args) throws Exception {
		BenchOptions options = BenchOptions.parse(args);
		Files.createDirectories(options.out());
		if (options.archiveOnlySamples() > 0) {
			ArchiveOnly.main(options);
			return;
		}
		String classpath = System.getProperty("java.class.path");
		Map<String, Double> references = new LinkedHashMap<>();
		if (options.references()) {
			ReferenceLimits limits = new ReferenceLimits(classpath, options);
			say("reference: RabbitMQ PerfTest, %d KiB messages (one batch), quorum queue, confirms...",
					Workload.MESSAGE_BYTES / 1024);
			references.put("rabbitmqMessagesPerSecond", limits.rabbitMq(Workload.MESSAGE_BYTES));
			say("  %.0f msg/s = %.0f samples/s", references.get("rabbitmqMessagesPerSecond"),
					references.get("rabbitmqMessagesPerSecond") * Workload.SAMPLES_PER_MESSAGE);
			say("reference: Kafka ProducerPerformance, %d KiB records (one event), acks=all...",
					Workload.EVENT_BYTES / 1024);
			references.put("kafkaRecordsPerSecond", limits.kafka(Workload.EVENT_BYTES));
			say("  %.0f rec/s = %.0f samples/s", references.get("kafkaRecordsPerSecond"),
					references.get("kafkaRecordsPerSecond") * Workload.SAMPLES_PER_EVENT);
			say("reference: PostgreSQL COPY into a telemetry_frame-shaped table, %d samples a row...",
					OrbitStep.SAMPLES_PER_FRAME);
			references.put("postgresRowsPerSecond", limits.postgresCopy(Workload.samplesJson()));
			say("  %.0f rows/s = %.0f samples/s", references.get("postgresRowsPerSecond"),
					references.get("postgresRowsPerSecond") * OrbitStep.SAMPLES_PER_FRAME);
		}
		List<StepResult> steps = new ArrayList<>();
		OrbitStep step = new OrbitStep(options);
		say("orbit: warming up (JIT) at %,d samples/s for %ds, not measured...", options.rates().get(0),
				options.stepDuration().toSeconds());
		step.run(options.rates().get(0), 1_000);
		int seed = 1;
		for (int rate : options.rates()) {
			say("orbit: %,d samples/s offered for %ds...", rate, options.stepDuration().toSeconds());
			StepResult result = step.run(rate, seed++);
			steps.add(result);
			say("  accepted %,.0f/s, stored %,.0f/s, p99 %.0f ms, alert p99 %.0f ms (%d alerts), drain %.1fs, "
					+ "Orbit %.1f core-s per million samples, %s", result.acceptedPerSecond(), result.storedPerSecond(),
					result.latencyP99() * 1000, result.alertP99() * 1000, result.alerts(), result.drainSeconds(),
					result.orbitCoreSecondsPerMillion(),
					result.zeroLoss() ? "zero loss" : "LOSS: " + String.join(", ", result.shortfalls()));
			say("  limit: %s", result.limit(Runtime.getRuntime().availableProcessors()));
		}
		Report report = new Report(Instant.now(), Runtime.getRuntime().availableProcessors(), references, steps,
				ProcessStats.rssNow(options.pids()), AotCaches.now(options.pids()),
				Report.lastUp(Path.of(".orbit/last-cold-up.json")));
		Path written = report.write(options.out());
		System.out.println();
		System.out.println(report.markdown());
		say("results: %s (.json and .md)", written);
	}

	static void say(String format, Object... args) {
		System.out.println(String.format(java.util.Locale.ROOT, format, args));
	}

}

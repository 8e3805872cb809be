package space.orbit.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One rate step: the simulator sends at a rate for a fixed time; Orbit's own counters
 * before and after say what was accepted, stored and published; the latency histogram's
 * buckets say how long storing took; /proc says what it cost. The simulator inherits the
 * bench's environment, so it sends ingest the credentials {@code ./orbit bench} exported
 * (ADR 0017: {@code ORBIT_INGEST_API_KEY}, else {@code ORBIT_SIMULATOR_CLIENT_SECRET}).
 */
final class OrbitStep {

	static final int SAMPLES_PER_FRAME = 42;

	/**
	 * Frames per POST and POSTs in flight: small batches, so batching does not dominate
	 * latency.
	 */
	static final int BATCH_FRAMES = 200;

	static final int CONNECTIONS = 4;

	/**
	 * The simulator models this much simulated time, then replays it: the load generator
	 * shares the cores with Orbit, so it must cost little per sample (ReplayStream).
	 */
	static final String REPLAY_CYCLE = "2s";

	private static final Map<String, String> STORED = Map.of("stage", "stored");

	private static final Map<String, String> ALERTED = Map.of("stage", "alerted");

	private static final Map<String, String> ARCHIVED = Map.of("stage", "archived");

	private static final Map<String, String> CHECKED = Map.of("stage", "checked");

	private static final Map<String, String> PUBLISHED = Map.of("stage", "published");

	/**
	 * Seconds between the spikes each spacecraft gets: alerts to time, well under the
	 * storm guard (10 a minute).
	 */
	static final int SPIKE_EVERY_SECONDS = 15;

	private final BenchOptions options;

	OrbitStep(BenchOptions options) {
		this.options = options;
	}

	StepResult run(int samplesPerSecond, int seed) throws IOException, InterruptedException {
		try (IndependentReads reads = new IndependentReads(this.options)) {
			IndependentReads.Mark mark = reads.mark();
			StepResult result = measure(samplesPerSecond, seed);
			return result.withReads(reads.read(mark));
		}
	}

	private StepResult measure(int samplesPerSecond, int seed) throws IOException, InterruptedException {
		double framesPerSecond = samplesPerSecond / (double) (this.options.spacecraft() * SAMPLES_PER_FRAME);
		Prometheus ingestBefore = scrape(this.options.ingestUrl());
		Prometheus processorBefore = scrape(this.options.processorUrl());
		Prometheus analyzerBefore = scrape(this.options.analyzerUrl());
		Prometheus enricherBefore = scrapeIfUp(this.options.enricherUrl());
		Path report = Files.createTempFile("orbit-bench-sim", ".json");
		double acceptedBefore = ingestBefore.sum("orbit_samples_accepted_total");
		Process simulator = simulator(framesPerSecond, seed, report);
		// The step starts when ingest accepts the first batch, not when the simulator's
		// JVM starts.
		long deadline0 = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (scrape(this.options.ingestUrl()).sum("orbit_samples_accepted_total") <= acceptedBefore) {
			if (!simulator.isAlive() || System.nanoTime() > deadline0) {
				simulator.destroyForcibly();
				throw new IllegalStateException("the simulator sent nothing ingest accepted; see "
						+ this.options.out().resolve("simulator-" + seed + ".log")
						+ " (with security on, ingest needs ORBIT_INGEST_API_KEY or ORBIT_SIMULATOR_CLIENT_SECRET; "
						+ "./orbit bench sets the second)");
			}
			Thread.sleep(50);
		}
		long start = System.nanoTime();
		ProcessStats stats = new ProcessStats(this.options.pids(), Map.of(StepResult.LOAD_GENERATOR, simulator.pid()));
		long sendTimeout = this.options.stepDuration().plus(Duration.ofSeconds(90)).toSeconds();
		if (!simulator.waitFor(sendTimeout, TimeUnit.SECONDS)) {
			simulator.destroyForcibly();
			throw new IllegalStateException(
					"the simulator did not finish its " + this.options.stepDuration() + " step");
		}
		double sendSeconds = (System.nanoTime() - start) / 1e9;
		long accepted = (long) (scrape(this.options.ingestUrl()).sum("orbit_samples_accepted_total")
				- ingestBefore.sum("orbit_samples_accepted_total"));
		long drainStart = System.nanoTime();
		long deadline = drainStart + this.options.drainTimeout().toNanos();
		Prometheus processorAfter = scrape(this.options.processorUrl());
		while (System.nanoTime() < deadline
				&& (delta(processorAfter, processorBefore, "orbit_samples_persisted_total") < accepted
						|| delta(processorAfter, processorBefore, "orbit_samples_published_total") < accepted)) {
			Thread.sleep(250);
			processorAfter = scrape(this.options.processorUrl());
		}
		double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
		StepResult.Checked checked = checked(analyzerBefore, accepted, drainStart, deadline);
		StepResult.Archive archive = (enricherBefore != null)
				? archive(enricherBefore, accepted, sendSeconds, drainStart, deadline) : null;
		Map<String, ProcessStats.Usage> usage = stats.finish();
		long stored = delta(processorAfter, processorBefore, "orbit_samples_persisted_total");
		long published = delta(processorAfter, processorBefore, "orbit_samples_published_total");
		Thread.sleep(2_000);
		Prometheus analyzerAfter = scrape(this.options.analyzerUrl());
		TreeMap<Double, Double> publishedBefore = processorBefore.buckets("orbit_pipeline_latency_seconds", PUBLISHED);
		TreeMap<Double, Double> publishedAfter = processorAfter.buckets("orbit_pipeline_latency_seconds", PUBLISHED);
		TreeMap<Double, Double> alertedBefore = analyzerBefore.buckets("orbit_pipeline_latency_seconds", ALERTED);
		TreeMap<Double, Double> alertedAfter = analyzerAfter.buckets("orbit_pipeline_latency_seconds", ALERTED);
		TreeMap<Double, Double> before = processorBefore.buckets("orbit_pipeline_latency_seconds", STORED);
		TreeMap<Double, Double> after = processorAfter.buckets("orbit_pipeline_latency_seconds", STORED);
		return new StepResult(samplesPerSecond, sentSamples(report), accepted, stored, published,
				accepted / sendSeconds, stored / (sendSeconds + drainSeconds), drainSeconds,
				Prometheus.quantile(before, after, 0.50), Prometheus.quantile(before, after, 0.95),
				Prometheus.quantile(before, after, 0.99), Prometheus.quantile(alertedBefore, alertedAfter, 0.50),
				Prometheus.quantile(alertedBefore, alertedAfter, 0.99),
				(long) (count(alertedAfter) - count(alertedBefore)), usage, archive, checked,
				new StepResult.Stage(Prometheus.quantile(publishedBefore, publishedAfter, 0.50),
						Prometheus.quantile(publishedBefore, publishedAfter, 0.99)));
	}

	/**
	 * Waits until the analyzer's detectors have looked at every accepted sample (or the
	 * deadline), and reads how long that took.
	 */
	private StepResult.Checked checked(Prometheus before, long accepted, long drainStart, long deadline)
			throws InterruptedException {
		Prometheus after = scrape(this.options.analyzerUrl());
		while (System.nanoTime() < deadline && delta(after, before, "orbit_samples_analyzed_total") < accepted) {
			Thread.sleep(250);
			after = scrape(this.options.analyzerUrl());
		}
		double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
		TreeMap<Double, Double> latencyBefore = before.buckets("orbit_pipeline_latency_seconds", CHECKED);
		TreeMap<Double, Double> latencyAfter = after.buckets("orbit_pipeline_latency_seconds", CHECKED);
		return new StepResult.Checked(delta(after, before, "orbit_samples_analyzed_total"), drainSeconds,
				Prometheus.quantile(latencyBefore, latencyAfter, 0.50),
				Prometheus.quantile(latencyBefore, latencyAfter, 0.99));
	}

	/**
	 * Waits until the enricher has archived every accepted sample (or the deadline), and
	 * reads what it wrote. Derived samples are left out of the count.
	 */
	private StepResult.Archive archive(Prometheus before, long accepted, double sendSeconds, long drainStart,
			long deadline) throws InterruptedException {
		Prometheus after = scrape(this.options.enricherUrl());
		while (System.nanoTime() < deadline && archived(after, before) < accepted) {
			Thread.sleep(250);
			after = scrape(this.options.enricherUrl());
		}
		double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
		long samples = archived(after, before);
		long documents = delta(after, before, "orbit_documents_written_total");
		TreeMap<Double, Double> latencyBefore = before.buckets("orbit_pipeline_latency_seconds", ARCHIVED);
		TreeMap<Double, Double> latencyAfter = after.buckets("orbit_pipeline_latency_seconds", ARCHIVED);
		double seconds = sendSeconds + drainSeconds;
		return new StepResult.Archive(samples, documents, samples / seconds, documents / seconds, drainSeconds,
				Prometheus.quantile(latencyBefore, latencyAfter, 0.50),
				Prometheus.quantile(latencyBefore, latencyAfter, 0.99));
	}

	private static long archived(Prometheus after, Prometheus before) {
		return delta(after, before, "orbit_samples_archived_total")
				- delta(after, before, "orbit_samples_derived_total");
	}

	private static Prometheus scrapeIfUp(String base) {
		try {
			return scrape(base);
		}
		catch (IllegalStateException notRunning) {
			return null;
		}
	}

	private Process simulator(double framesPerSecond, int seed, Path report) throws IOException {
		if (!Files.isRegularFile(this.options.simulatorJar())) {
			throw new IllegalStateException(
					this.options.simulatorJar() + " is missing: ./mvnw -pl tools/simulator -am package");
		}
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-Xmx512m", "-jar", this.options.simulatorJar().toString(), "--server.port=0", "--spacecraft",
				Integer.toString(this.options.spacecraft()), "--rate",
				String.format(java.util.Locale.ROOT, "%.3f", framesPerSecond), "--duration",
				this.options.stepDuration().toSeconds() + "s", "--seed", Integer.toString(seed), "--target",
				this.options.ingestUrl(), "--report", report.toString(), "--batch-frames",
				Integer.toString(BATCH_FRAMES), "--connections", Integer.toString(CONNECTIONS), "--replay-cycle",
				REPLAY_CYCLE));
		// A spike beyond the critical limit on every spacecraft every few seconds: each
		// raises a
		// limit alert (and clears), whose ingest-to-alert latency the analyzer records.
		for (int s = 1; s <= this.options.spacecraft(); s++) {
			for (long at = 5 + s; at < this.options.stepDuration().toSeconds(); at += SPIKE_EVERY_SECONDS) {
				command.add("--fault");
				command.add("spike:ORB-" + s + ":EPS.BATTERY.VOLTAGE@+" + at + "s");
			}
		}
		Path log = this.options.out().resolve("simulator-" + seed + ".log");
		Files.createDirectories(log.getParent());
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	private static long sentSamples(Path report) {
		try {
			JsonNode json = JsonMapper.builder().build().readTree(Files.readString(report));
			for (String name : List.of("samplesSent", "sentSamples", "samples_sent")) {
				if (json.has(name)) {
					return json.get(name).asLong();
				}
			}
			return -1;
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	private static double count(TreeMap<Double, Double> buckets) {
		return buckets.isEmpty() ? 0 : buckets.lastEntry().getValue();
	}

	private static long delta(Prometheus after, Prometheus before, String metric) {
		return (long) (after.sum(metric) - before.sum(metric));
	}

	private static Prometheus scrape(String base) {
		return Prometheus.scrape(URI.create(base + "/metrics"));
	}

}

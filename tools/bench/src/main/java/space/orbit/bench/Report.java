package space.orbit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bench run's results: the reference limits, each step, the stack's memory, how its
 * JVMs use their AOT caches, and the last start-up.
 *
 * @param cores the machine's processors, which the stack and the load generator share
 */
record Report(Instant finishedAt, int cores, Map<String, Double> references, List<StepResult> steps,
		Map<String, Double> rssMibNow, Map<String, String> aotCaches, JsonNode lastUp) {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	static JsonNode lastUp(Path file) {
		try {
			return Files.exists(file) ? JSON.readTree(Files.readString(file)) : null;
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	Path write(Path directory) throws IOException {
		String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(this.finishedAt);
		Path json = directory.resolve("bench-" + stamp + ".json");
		Files.writeString(json, JSON.writeValueAsString(this));
		Files.writeString(directory.resolve("bench-" + stamp + ".md"), markdown());
		return json;
	}

	String markdown() {
		StringBuilder md = new StringBuilder();
		md.append(
				"| offered samples/s | accepted/s | stored+published/s | p50 ms | p95 ms | p99 ms | alert p50 ms | alert p99 ms (n) | drain s | zero loss | CPU cores (top) | ratio to limit |\n");
		md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|---|---:|\n");
		double limit = limitSamplesPerSecond();
		for (StepResult step : this.steps) {
			md.append(String.format(Locale.ROOT,
					"| %,d | %,.0f | %,.0f | %.0f | %.0f | %.0f | %.0f | %.0f (%d) | %.1f | %s | %s | %s |%n",
					step.offered(), step.acceptedPerSecond(), step.storedPerSecond(), step.latencyP50() * 1000,
					step.latencyP95() * 1000, step.latencyP99() * 1000, step.alertP50() * 1000, step.alertP99() * 1000,
					step.alerts(), step.drainSeconds(),
					step.zeroLoss() ? "yes" : "**no** (" + String.join(", ", step.shortfalls()) + ")", step.topCpu(5),
					Double.isNaN(limit) ? "-" : String.format(Locale.ROOT, "%.2f", step.storedPerSecond() / limit)));
		}
		stages(md);
		reads(md);
		if (this.steps.stream().anyMatch(step -> step.archive() != null)) {
			md.append("\nArchive (enricher -> MongoDB segments):\n\n");
			md.append(
					"| offered samples/s | accepted | archived | samples/s archived | documents/s | archive p50 ms | archive p99 ms | drain s | zero loss |\n");
			md.append("|---:|---:|---:|---:|---:|---:|---:|---:|:---:|\n");
			for (StepResult step : this.steps) {
				StepResult.Archive archive = step.archive();
				if (archive != null) {
					md.append(String.format(Locale.ROOT,
							"| %,d | %,d | %,d | %,.0f | %,.0f | %.0f | %.0f | %.1f | %s |%n", step.offered(),
							step.accepted(), archive.samples(), archive.samplesPerSecond(),
							archive.documentsPerSecond(), archive.latencyP50() * 1000, archive.latencyP99() * 1000,
							archive.drainSeconds(), (archive.samples() == step.accepted()) ? "yes" : "**no**"));
				}
			}
		}
		cpuPerMillion(md);
		threads(md);
		if (!this.references.isEmpty()) {
			md.append("\nReference limits, in samples/s: RabbitMQ ")
				.append(fmt(this.references.get("rabbitmqMessagesPerSecond") * Workload.SAMPLES_PER_MESSAGE))
				.append(", Kafka ")
				.append(fmt(this.references.get("kafkaRecordsPerSecond") * Workload.SAMPLES_PER_EVENT))
				.append(", PostgreSQL COPY ")
				.append(fmt(this.references.get("postgresRowsPerSecond") * OrbitStep.SAMPLES_PER_FRAME))
				.append(" (the ratio column divides by the smallest).\n");
		}
		double total = this.rssMibNow.values().stream().mapToDouble(Double::doubleValue).sum();
		md.append(String.format(Locale.ROOT, "%nStack memory now (PSS, shared pages counted once): %.0f MiB %s.%n",
				total, this.rssMibNow.keySet()));
		md.append(AotCaches.line(this.aotCaches)).append('\n');
		if (this.lastUp != null && this.lastUp.has("seconds")) {
			md.append(String.format(Locale.ROOT,
					"Last cold `./orbit up` (nothing running) to all ready: %.1f s, plus %.1f s of build.%n",
					this.lastUp.get("seconds").asDouble() - this.lastUp.get("build_seconds").asDouble(),
					this.lastUp.get("build_seconds").asDouble()));
		}
		return md.toString();
	}

	/**
	 * Every stage's count and latency per step (issue 19: accepted = stored = published =
	 * checked = archived, each timed from the ingest receipt), and what limited the step.
	 */
	private void stages(StringBuilder md) {
		md.append(
				"\nEvery stage (samples handled by the end of the step; latency from the ingest receipt, p50 / p99 ms):\n\n");
		md.append("| offered samples/s | accepted | stored | published | checked | archived "
				+ "| stored | published | checked | alerted | archived | what limited it |\n");
		md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
		for (StepResult step : this.steps) {
			StepResult.Checked checked = step.checked();
			StepResult.Archive archive = step.archive();
			StepResult.Stage published = step.publishedLatency();
			md.append(String.format(Locale.ROOT, "| %,d | %,d | %,d | %,d | %s | %s | %s | %s | %s | %s | %s | %s |%n",
					step.offered(), step.accepted(), step.stored(), step.published(),
					(checked != null) ? String.format(Locale.ROOT, "%,d", checked.samples()) : "-",
					(archive != null) ? String.format(Locale.ROOT, "%,d", archive.samples()) : "-",
					millis(step.latencyP50(), step.latencyP99()),
					(published != null) ? millis(published.p50(), published.p99()) : "-",
					(checked != null) ? millis(checked.latencyP50(), checked.latencyP99()) : "-",
					millis(step.alertP50(), step.alertP99()),
					(archive != null) ? millis(archive.latencyP50(), archive.latencyP99()) : "-",
					step.limit(this.cores)));
		}
	}

	/**
	 * Each store as the bench read it itself (not the services' counters): PostgreSQL's
	 * frames received in the step, the topic's records between the step's offsets, the
	 * archive's segments.
	 */
	private void reads(StringBuilder md) {
		if (this.steps.stream().noneMatch(step -> step.reads() != null)) {
			return;
		}
		md.append("\nEach store read by the bench (PostgreSQL `telemetry_frame` by receipt time; Kafka records "
				+ "between the step's offsets, their header counts and ids; the archive by the enricher's counters "
				+ "only):\n\n");
		md.append("| offered samples/s | accepted | PostgreSQL frames | PostgreSQL samples | Kafka records "
				+ "| Kafka frames | Kafka samples | ids twice | not v2 | zero loss (read) |\n");
		md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|\n");
		for (StepResult step : this.steps) {
			StepResult.Reads reads = step.reads();
			if (reads == null) {
				continue;
			}
			md.append(String.format(Locale.ROOT, "| %,d | %,d | %,d | %,d | %,d | %,d | %,d | %,d | %,d | %s |%n",
					step.offered(), step.accepted(), reads.storedFrames(), reads.storedSamples(),
					reads.publishedRecords(), reads.publishedFrames(), reads.publishedSamples(), reads.repeatedIds(),
					reads.otherContentType(), reads.shortfalls(step.accepted()).isEmpty() ? "yes" : "**no**"));
		}
	}

	private static String millis(double p50Seconds, double p99Seconds) {
		if (Double.isNaN(p50Seconds) && Double.isNaN(p99Seconds)) {
			return "-";
		}
		return String.format(Locale.ROOT, "%.0f / %.0f", p50Seconds * 1000, p99Seconds * 1000);
	}

	/**
	 * Each component's CPU per million accepted samples, a column each (the most costly
	 * over the run first), with Orbit's sum and what the machine has at that rate.
	 */
	private void cpuPerMillion(StringBuilder md) {
		Map<String, Double> total = new LinkedHashMap<>();
		for (StepResult step : this.steps) {
			step.coreSecondsPerMillion().forEach((name, cost) -> total.merge(name, cost, Double::sum));
		}
		if (total.isEmpty()) {
			return;
		}
		List<String> components = total.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey)
			.toList();
		md.append(String.format(Locale.ROOT,
				"%nCPU per million accepted samples (core-seconds over the step, sending and drain; the budget is what "
						+ "%d cores have at the accepted rate, load generator included):%n%n",
				this.cores));
		md.append("| offered samples/s | ")
			.append(String.join(" | ", components))
			.append(" | **Orbit** (all but the load) | budget |\n");
		md.append("|---:|").append("---:|".repeat(components.size() + 2)).append('\n');
		for (StepResult step : this.steps) {
			Map<String, Double> cost = step.coreSecondsPerMillion();
			md.append(String.format(Locale.ROOT, "| %,d |", step.offered()));
			for (String component : components) {
				Double value = cost.get(component);
				md.append((value != null) ? String.format(Locale.ROOT, " %.2f |", value) : " - |");
			}
			md.append(String.format(Locale.ROOT, " **%.2f** | %.2f |%n", step.orbitCoreSecondsPerMillion(),
					step.budgetCoreSecondsPerMillion(this.cores)));
		}
	}

	/**
	 * The busiest thread of the busiest components per step: a thread near a full core
	 * bounds its stage while other cores idle.
	 */
	private void threads(StringBuilder md) {
		if (this.steps.stream().allMatch(step -> step.busiestThreads(1).isEmpty())) {
			return;
		}
		md.append("\nBusiest thread of each component (cores on average over the step; near 1.00, a stage bound "
				+ "to one thread):\n\n| offered samples/s | busiest threads |\n|---:|---|\n");
		for (StepResult step : this.steps) {
			md.append(String.format(Locale.ROOT, "| %,d | %s |%n", step.offered(),
					String.join(", ", step.busiestThreads(6))));
		}
	}

	private double limitSamplesPerSecond() {
		if (this.references.isEmpty()) {
			return Double.NaN;
		}
		return Math.min(this.references.get("rabbitmqMessagesPerSecond") * Workload.SAMPLES_PER_MESSAGE,
				Math.min(this.references.get("kafkaRecordsPerSecond") * Workload.SAMPLES_PER_EVENT,
						this.references.get("postgresRowsPerSecond") * OrbitStep.SAMPLES_PER_FRAME));
	}

	private static String fmt(double value) {
		return String.format(Locale.ROOT, "%,.0f", value);
	}

}

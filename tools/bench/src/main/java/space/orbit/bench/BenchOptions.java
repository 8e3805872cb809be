package space.orbit.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a bench run does.
 *
 * @param rates offered samples per second, one step each
 * @param stepDuration how long the simulator sends at each rate
 * @param drainTimeout how long to wait after a step for everything accepted to be stored
 * and published
 * @param referenceDuration how long each reference tool runs
 * @param spacecraft spacecraft the simulator flies
 * @param out where the JSON and Markdown results go
 * @param pids the launcher's PID files
 * @param simulatorJar the simulator's runnable jar
 * @param references whether to measure the machine's reference limits
 * @param enricherUrl the enricher, whose archive counters are read when it answers
 * @param archiveOnlySamples with {@code --archive-only}, the samples the archive-only run
 * writes (ArchiveOnly); 0 for the rate steps
 * @param enricherJar the enricher's runnable jar, which the archive-only run starts
 */
record BenchOptions(List<Integer> rates, Duration stepDuration, Duration drainTimeout, Duration referenceDuration,
		int spacecraft, Path out, Path pids, Path simulatorJar, boolean references, String ingestUrl,
		String processorUrl, String analyzerUrl, String rabbitUrl, String kafkaBootstrap, String postgresUrl,
		String postgresUser, String enricherUrl, long archiveOnlySamples, Path enricherJar) {

	static BenchOptions parse(String[] args) {
		List<Integer> rates = List.of(25_000, 100_000, 250_000, 400_000, 600_000);
		Duration step = Duration.ofSeconds(30);
		Duration reference = Duration.ofSeconds(10);
		int spacecraft = 5;
		Path out = Path.of(".orbit/bench");
		boolean references = true;
		Path simulator = Path.of("tools/simulator/target/orbit-simulator-0.1.0-SNAPSHOT-exec.jar");
		Path enricher = Path.of("services/enricher/target/orbit-enricher-0.1.0-SNAPSHOT-exec.jar");
		boolean archiveOnly = false;
		long samples = 100_000_000;
		for (int i = 0; i < args.length; i++) {
			String value = (i + 1 < args.length) ? args[i + 1] : "";
			switch (args[i]) {
				case "--rates" -> {
					List<Integer> parsed = new ArrayList<>();
					for (String rate : value.split(",")) {
						parsed.add(Integer.parseInt(rate.trim().replace("k", "000")));
					}
					rates = parsed;
					i++;
				}
				case "--step" -> {
					step = Duration.ofSeconds(Long.parseLong(value.replace("s", "")));
					i++;
				}
				case "--reference" -> {
					reference = Duration.ofSeconds(Long.parseLong(value.replace("s", "")));
					i++;
				}
				case "--spacecraft" -> {
					spacecraft = Integer.parseInt(value);
					i++;
				}
				case "--out" -> {
					out = Path.of(value);
					i++;
				}
				case "--simulator" -> {
					simulator = Path.of(value);
					i++;
				}
				case "--no-reference" -> references = false;
				case "--archive-only" -> archiveOnly = true;
				case "--samples" -> {
					samples = count(value);
					i++;
				}
				case "--enricher" -> {
					enricher = Path.of(value);
					i++;
				}
				default -> throw new IllegalArgumentException("unknown option " + args[i]
						+ "; use --rates 25k,100k,250k,400k,600k --step 30s --reference 10s --spacecraft 5 --out DIR --no-reference"
						+ ", or --archive-only --samples 100M");
			}
		}
		return new BenchOptions(rates, step, Duration.ofSeconds(120), reference, spacecraft, out,
				Path.of(".orbit/pids"), simulator, references, env("ORBIT_INGEST_URL", "http://127.0.0.1:8100"),
				env("ORBIT_PROCESSOR_URL", "http://127.0.0.1:8101"), env("ORBIT_ANALYZER_URL", "http://127.0.0.1:8104"),
				env("ORBIT_RABBITMQ_URL", "amqp://guest:guest@127.0.0.1:5672"),
				env("ORBIT_KAFKA_BOOTSTRAP", "127.0.0.1:9092"),
				env("ORBIT_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/orbit"),
				env("ORBIT_POSTGRES_USER", "postgres"), env("ORBIT_ENRICHER_URL", "http://127.0.0.1:8103"),
				archiveOnly ? samples : 0, enricher);
	}

	/** A count such as {@code 100M}, {@code 250k} or {@code 1000000}. */
	static long count(String text) {
		String value = text.trim().toUpperCase(java.util.Locale.ROOT);
		long unit = value.endsWith("M") ? 1_000_000 : value.endsWith("K") ? 1_000 : 1;
		long number = Long.parseLong((unit > 1) ? value.substring(0, value.length() - 1) : value);
		if (number <= 0) {
			throw new IllegalArgumentException("--samples must be positive: " + text);
		}
		return number * unit;
	}

	/** The same settings with another step duration. */
	BenchOptions withStepDuration(Duration step) {
		return new BenchOptions(this.rates, step, this.drainTimeout, this.referenceDuration, this.spacecraft, this.out,
				this.pids, this.simulatorJar, this.references, this.ingestUrl, this.processorUrl, this.analyzerUrl,
				this.rabbitUrl, this.kafkaBootstrap, this.postgresUrl, this.postgresUser, this.enricherUrl,
				this.archiveOnlySamples, this.enricherJar);
	}

	/**
	 * The archive the enricher writes: {@code ORBIT_MONGODB_URI}, as
	 * {@code ./orbit up}'s.
	 */
	String mongoUri() {
		return env("ORBIT_MONGODB_URI", "mongodb://127.0.0.1:27017/orbit");
	}

	/** The database of {@link #mongoUri()}. */
	String mongoDatabase() {
		String database = new com.mongodb.ConnectionString(mongoUri()).getDatabase();
		return (database != null) ? database : "orbit";
	}

	/** The processor's PostgreSQL schema ({@code orbit.processor.schema}). */
	String processorSchema() {
		return env("ORBIT_PROCESSOR_SCHEMA", "processor");
	}

	/**
	 * The telemetry topic ({@code Topics.TELEMETRY}, which the bench does not depend on).
	 */
	String telemetryTopic() {
		return env("ORBIT_TELEMETRY_TOPIC", "orbit.telemetry.v2");
	}

	static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}

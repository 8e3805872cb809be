package space.orbit.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

import space.orbit.telemetry.columnar.ColumnarBatchBuilder;
import space.orbit.telemetry.columnar.ColumnarRecord;
import space.orbit.telemetry.columnar.TelemetryColumns;

/**
 * The archive alone (issue 19: "the archive alone into the stand-in: at least 250,000
 * samples/s, flat as the archive grows to 100 M samples"): {@code orbit.telemetry.v2}
 * records of {@code --samples} samples are written to a private topic first, then an
 * enricher of its own (the service's jar, a consumer group and a MongoDB database of its
 * own) drains them; the rate is read from its counters per slice of a tenth of the
 * samples. Pass: every slice at least 250,000 samples/s and the last at least 0.9 x the
 * first. The topic and the database are dropped at the end.
 */
final class ArchiveOnly {

	/**
	 * Spacecraft, frames of each per batch, parameters per frame: the bench's batches.
	 */
	static final int SPACECRAFT = 5;

	static final int FRAMES = 200;

	static final int PARAMETERS = OrbitStep.SAMPLES_PER_FRAME;

	static final double TARGET = 250_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final BenchOptions options;

	ArchiveOnly(BenchOptions options) {
		this.options = options;
	}

	Map<String, Object> run() throws Exception {
		long samples = this.options.archiveOnlySamples();
		String name = "bench-archive-" + Instant.now().getEpochSecond();
		String database = name.replace('-', '_');
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("samplesRequested", samples);
		result.put("topic", name);
		result.put("database", database);
		Path standIn = Path.of(System.getProperty("orbit.state", ".orbit"), "mongo", "orbit.mv.db");
		long fileBefore = Files.exists(standIn) ? Files.size(standIn) : -1;
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.options.kafkaBootstrap()))) {
			admin
				.createTopics(List.of(new NewTopic(name, 6, (short) 1)
					.configs(Map.of("max.message.bytes", "16777216", "retention.ms", "86400000"))))
				.all()
				.get(30, TimeUnit.SECONDS);
			try {
				long start = System.nanoTime();
				long[] written = produce(name, samples);
				double produceSeconds = (System.nanoTime() - start) / 1e9;
				result.put("samplesWritten", written[0]);
				result.put("records", written[1]);
				result.put("recordBytes", written[2]);
				result.put("produceSeconds", produceSeconds);
				say("archive-only: %,d samples in %,d v2 records (%,.1f MB, %.2f B/sample) on %s in %.1f s", written[0],
						written[1], written[2] / 1e6, written[2] / (double) written[0], name, produceSeconds);
				result.putAll(drain(name, database, written[0]));
			}
			finally {
				admin.deleteTopics(List.of(name)).all().get(60, TimeUnit.SECONDS);
				try (MongoClient mongo = MongoClients.create(this.options.mongoUri())) {
					mongo.getDatabase(database).drop();
				}
			}
		}
		result.put("standInFileBytesBefore", fileBefore);
		return result;
	}

	/**
	 * Writes batches of {@link #SPACECRAFT} x {@link #FRAMES} frames (100 ms apart per
	 * spacecraft) until {@code samples}; returns samples, records and bytes written.
	 */
	private long[] produce(String topic, long samples) throws InterruptedException, ExecutionException {
		Properties properties = new Properties();
		properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.options.kafkaBootstrap());
		properties.put(ProducerConfig.ACKS_CONFIG, "all");
		properties.put(ProducerConfig.LINGER_MS_CONFIG, "20");
		properties.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(1 << 20));
		properties.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(16 << 20));
		properties.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Long.toString(128L << 20));
		String[] names = new String[PARAMETERS];
		for (int p = 0; p < PARAMETERS; p++) {
			names[p] = String.format(Locale.ROOT, "ARCHIVE.P%02d", p);
		}
		long written = 0;
		long records = 0;
		long bytes = 0;
		long sequence = 0;
		long time = (Instant.now().toEpochMilli() - Duration.ofDays(1).toMillis()) * 1_000;
		List<Future<RecordMetadata>> pending = new ArrayList<>();
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(properties, new StringSerializer(),
				new ByteArraySerializer())) {
			while (written < samples) {
				ColumnarBatchBuilder batch = new ColumnarBatchBuilder();
				for (int f = 0; f < FRAMES; f++) {
					time += 100_000;
					sequence++;
					for (int s = 0; s < SPACECRAFT; s++) {
						batch.startFrame();
						for (int p = 0; p < PARAMETERS; p++) {
							if (p < 3) {
								batch.addLong(names[p], sequence * (p + 1));
							}
							else if (p == 3) {
								batch.addBoolean(names[p], (sequence / 50) % 2 == 0);
							}
							else {
								batch.addDouble(names[p],
										Math.round((20 + p + 10 * Math.sin((sequence + p * 7 + s) / 17.0)) * 1000)
												/ 1000.0);
							}
						}
						batch.endFrame("ARCHIVE-" + (s + 1), time, sequence);
					}
				}
				UUID batchId = UUID.randomUUID();
				long received = Instant.now().toEpochMilli() * 1_000;
				for (Map.Entry<String, List<byte[]>> group : batch.records(batchId, received).entrySet()) {
					for (int chunk = 0; chunk < group.getValue().size(); chunk++) {
						byte[] value = group.getValue().get(chunk);
						TelemetryColumns keys = ColumnarRecord.decode(value, (n) -> false);
						ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, group.getKey(), value);
						header(record, "content-type", StepResult.Reads.CONTENT_TYPE);
						header(record, "ce_id", batchId + "/" + group.getKey() + "/" + chunk);
						header(record, "orbit-batch-id", batchId.toString());
						header(record, "orbit-received-at", Instant.ofEpochSecond(0, received * 1_000).toString());
						header(record, "orbit-frame-count", Integer.toString(keys.frameCount()));
						header(record, "orbit-sample-count", Integer.toString(keys.sampleCount()));
						pending.add(producer.send(record));
						written += keys.sampleCount();
						records++;
						bytes += value.length;
					}
				}
				if (pending.size() >= 256) {
					for (Future<RecordMetadata> send : pending) {
						send.get();
					}
					pending.clear();
				}
			}
			producer.flush();
			for (Future<RecordMetadata> send : pending) {
				send.get();
			}
		}
		return new long[] { written, records, bytes };
	}

	/**
	 * Starts an enricher on the topic and a database of its own, and times its archive
	 * per tenth of the samples.
	 */
	private Map<String, Object> drain(String topic, String database, long samples)
			throws IOException, InterruptedException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		if (!Files.isRegularFile(this.options.enricherJar())) {
			throw new IllegalStateException(
					this.options.enricherJar() + " is missing: ./mvnw -pl services/enricher -am package");
		}
		String mongo = this.options.mongoUri().replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
		Path log = this.options.out().resolve("archive-only-enricher.log");
		ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
				"-XX:+UseG1GC", "-Xmx512m", "-jar", this.options.enricherJar().toString(),
				"--orbit.enricher.telemetry-topic=" + topic, "--orbit.enricher.consumer-group=" + topic)
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().put("ORBIT_ENRICHER_PORT", Integer.toString(port));
		builder.environment().put("ORBIT_MONGODB_URI", mongo);
		builder.environment().put("ORBIT_KAFKA_BOOTSTRAP", this.options.kafkaBootstrap());
		builder.environment().put("MALLOC_ARENA_MAX", "2");
		// The archive's default 1 min windows (./orbit bench shortens them for its rate
		// steps):
		// 10 Hz frames put up to 600 samples of a parameter in a window.
		builder.environment().remove("ORBIT_ENRICHER_ARCHIVE_WINDOW");
		Process enricher = builder.start();
		String base = "http://127.0.0.1:" + port;
		Map<String, Object> result = new LinkedHashMap<>();
		try {
			ProcessStats stats = new ProcessStats(this.options.pids(),
					Map.of("enricher (archive-only)", enricher.pid()));
			long slice = Math.max(1, samples / 10);
			List<Map<String, Object>> slices = new ArrayList<>();
			long deadline = System.nanoTime() + Duration.ofMinutes(60).toNanos();
			long archived = 0;
			long lastArchived = 0;
			long nextBoundary = slice;
			long lastNanos = 0;
			long firstNanos = 0;
			while (archived < samples && System.nanoTime() < deadline) {
				if (!enricher.isAlive()) {
					throw new IllegalStateException("the archive-only enricher exited; see " + log);
				}
				Thread.sleep(500);
				Prometheus metrics;
				try {
					metrics = Prometheus.scrape(URI.create(base + "/metrics"));
				}
				catch (IllegalStateException notYet) {
					continue;
				}
				archived = (long) (metrics.sum("orbit_samples_archived_total")
						- metrics.sum("orbit_samples_derived_total"));
				long now = System.nanoTime();
				if (archived > 0 && firstNanos == 0) {
					// The first poll that archived anything: slices are timed from here.
					firstNanos = now;
					lastNanos = now;
					lastArchived = archived;
				}
				else if (archived >= nextBoundary || archived >= samples) {
					double seconds = (now - lastNanos) / 1e9;
					Map<String, Object> row = new LinkedHashMap<>();
					row.put("upToSamples", archived);
					row.put("seconds", seconds);
					row.put("samplesPerSecond", (archived - lastArchived) / Math.max(seconds, 1e-3));
					row.put("documents", (long) metrics.sum("orbit_documents_written_total"));
					slices.add(row);
					say("  archived %,d: %,.0f samples/s", archived, row.get("samplesPerSecond"));
					lastArchived = archived;
					lastNanos = now;
					while (nextBoundary <= archived) {
						nextBoundary += slice;
					}
				}
			}
			Map<String, ProcessStats.Usage> usage = stats.finish();
			result.put("samplesArchived", archived);
			result.put("seconds", (lastNanos - firstNanos) / 1e9);
			result.put("samplesPerSecond", archived / Math.max((lastNanos - firstNanos) / 1e9, 1e-3));
			result.put("slices", slices);
			result.put("cpu", usage);
			result.put("pssMib", ProcessStats.rssNow(this.options.pids()));
			double first = slices.isEmpty() ? 0 : (double) slices.get(0).get("samplesPerSecond");
			double last = slices.isEmpty() ? 0 : (double) slices.get(slices.size() - 1).get("samplesPerSecond");
			boolean every = !slices.isEmpty()
					&& slices.stream().allMatch((row) -> (double) row.get("samplesPerSecond") >= TARGET);
			result.put("pass", archived >= samples && every && last >= 0.9 * first);
			Path standIn = Path.of(System.getProperty("orbit.state", ".orbit"), "mongo", "orbit.mv.db");
			result.put("standInFileBytesAfter", Files.exists(standIn) ? Files.size(standIn) : -1);
		}
		finally {
			enricher.destroy();
			if (!enricher.waitFor(30, TimeUnit.SECONDS)) {
				enricher.destroyForcibly();
			}
		}
		return result;
	}

	/** Runs it and writes archive-only-<time>.json beside the other results. */
	static void main(BenchOptions options) throws Exception {
		Map<String, Object> result = new ArchiveOnly(options).run();
		Path file = options.out().resolve("archive-only-" + Instant.now().getEpochSecond() + ".json");
		Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result));
		say("archive-only: %s; %s", Boolean.TRUE.equals(result.get("pass")) ? "PASS" : "FAIL", file);
	}

	private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
		record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
	}

	private static void say(String format, Object... args) {
		System.out.println(String.format(Locale.ROOT, format, args));
	}

}

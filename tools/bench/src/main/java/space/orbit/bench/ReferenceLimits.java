package space.orbit.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * This machine's own limits, measured with message sizes comparable to Orbit's: RabbitMQ
 * PerfTest (persistent, quorum queue, confirms, 1 producer + 1 consumer), Kafka's
 * ProducerPerformance (acks=all, idempotent), and a bulk COPY into a table shaped like
 * {@code telemetry_frame}. Each returns its rate in units per second.
 */
final class ReferenceLimits {

	private static final Pattern PERF_TEST = Pattern.compile("receiving rate avg: (\\d+) msg/s");

	private static final Pattern PRODUCER = Pattern.compile("records sent, ([0-9.]+) records/sec");

	private final String classpath;

	private final BenchOptions options;

	ReferenceLimits(String classpath, BenchOptions options) {
		this.classpath = classpath;
		this.options = options;
	}

	/** Messages per second through a quorum queue, messages of {@code size} bytes. */
	double rabbitMq(int size) {
		String output = run(List.of("com.rabbitmq.perf.PerfTest", "-h", this.options.rabbitUrl(), "-x", "1", "-y", "1",
				"-s", Integer.toString(size), "-z", Long.toString(this.options.referenceDuration().toSeconds()), "-c",
				"64", "-f", "persistent", "-qq", "-u", "orbit-bench-reference", "-ad", "true"));
		return number(PERF_TEST, output, "PerfTest");
	}

	/** Records per second to a 1-partition topic, records of {@code size} bytes. */
	double kafka(int size) {
		long records = Math.max(2_000, 150_000_000L / size * this.options.referenceDuration().toSeconds() / 10);
		String output = run(List.of("org.apache.kafka.tools.ProducerPerformance", "--topic",
				"orbit-bench-reference-" + System.currentTimeMillis(), "--num-records", Long.toString(records),
				"--record-size", Integer.toString(size), "--throughput", "-1", "--producer-props",
				"bootstrap.servers=" + this.options.kafkaBootstrap(), "acks=all", "enable.idempotence=true",
				"linger.ms=5", "batch.size=262144", "max.request.size=16777216", "buffer.memory=134217728"));
		return number(PRODUCER, output, "ProducerPerformance");
	}

	/**
	 * Rows per second COPYed into a scratch table shaped like telemetry_frame (jsonb
	 * samples, same keys).
	 */
	double postgresCopy(String samplesJson) {
		String schema = "orbit_bench_reference";
		try (Connection connection = DriverManager.getConnection(this.options.postgresUrl(),
				this.options.postgresUser(), "")) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
				statement.execute("CREATE SCHEMA " + schema);
				statement.execute("CREATE TABLE " + schema + ".frame (spacecraft_id text COLLATE \"C\" NOT NULL,"
						+ " ts timestamptz NOT NULL, sequence bigint NOT NULL, batch_id uuid NOT NULL,"
						+ " received_at timestamptz NOT NULL, stored_at timestamptz NOT NULL DEFAULT now(),"
						+ " sample_count integer NOT NULL, samples jsonb NOT NULL,"
						+ " PRIMARY KEY (spacecraft_id, ts, sequence))");
				statement.execute("CREATE INDEX ON " + schema + ".frame (ts)");
			}
			String escaped = samplesJson.replace("\\", "\\\\");
			long rows = 0;
			long deadline = System.nanoTime() + this.options.referenceDuration().toNanos();
			long start = System.nanoTime();
			Instant base = Instant.now();
			while (System.nanoTime() < deadline) {
				CopyIn copy = connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("COPY " + schema + ".frame (spacecraft_id, ts, sequence, batch_id, received_at,"
							+ " sample_count, samples) FROM STDIN");
				StringBuilder chunk = new StringBuilder(1_000 * (escaped.length() + 120));
				for (int i = 0; i < 1_000; i++, rows++) {
					chunk.append("REF-")
						.append(rows % 5)
						.append('\t')
						.append(base.plusNanos(rows * 1_000))
						.append('\t')
						.append(rows)
						.append("\t00000000-0000-0000-0000-000000000000\t")
						.append(base)
						.append("\t40\t")
						.append(escaped)
						.append('\n');
				}
				byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
				copy.writeToCopy(bytes, 0, bytes.length);
				copy.endCopy();
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			try (Statement statement = connection.createStatement()) {
				statement.execute("DROP SCHEMA " + schema + " CASCADE");
			}
			return rows / seconds;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL COPY reference failed at " + this.options.postgresUrl(), ex);
		}
	}

	private String run(List<String> arguments) {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.add("-Xmx512m");
		command.add("-cp");
		command.add(this.classpath);
		command.addAll(arguments);
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			byte[] output;
			try (InputStream in = process.getInputStream()) {
				output = in.readAllBytes();
			}
			if (!process.waitFor(this.options.referenceDuration().plus(Duration.ofMinutes(2)).toSeconds(),
					TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
			return new String(output, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot run " + arguments.get(0), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static double number(Pattern pattern, String output, String tool) {
		Matcher matcher = pattern.matcher(output);
		double last = Double.NaN;
		while (matcher.find()) {
			last = Double.parseDouble(matcher.group(1));
		}
		if (Double.isNaN(last)) {
			String tail = output.length() > 2_000 ? output.substring(output.length() - 2_000) : output;
			throw new IllegalStateException(tool + " printed no rate:\n" + tail);
		}
		return last;
	}

}

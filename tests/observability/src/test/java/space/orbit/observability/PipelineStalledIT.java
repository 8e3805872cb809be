package space.orbit.observability;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import space.orbit.test.ServiceProcess;
import space.orbit.test.TelemetryFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The alert rules on a real Prometheus ({@code ./orbit up --observe}'s, observe.sh) and
 * real services: under a steady telemetry load, the processor stopped
 * ({@code kill -STOP}: it answers neither RabbitMQ nor its scrapes) makes
 * {@code OrbitPipelineStalled} fire (it was not firing before); ingest keeps accepting
 * meanwhile (RabbitMQ holds the backlog); once the processor runs on ({@code kill -CONT})
 * the alert resolves and every sample ingest accepted is in PostgreSQL once. A stop
 * rather than a kill, so the processor's counters live on for the other classes of this
 * module, whatever order they run in; a stop longer than RabbitMQ's heartbeat timeout
 * also costs the processor its connection, which it must recover by itself.
 */
@ExtendWith(LiveStackExtension.class)
class PipelineStalledIT {

	private static final Logger log = LoggerFactory.getLogger(PipelineStalledIT.class);

	private static final String SPACECRAFT = "STALL-1";

	private static final String ALERT = "OrbitPipelineStalled";

	@Test
	void stoppingTheProcessorUnderLoadFiresThePipelineStalledAlertAndNothingIsLost(LiveStack stack, Traffic traffic,
			LocalPrometheus prometheus) throws Exception {
		try (Load load = Load.start(stack)) {
			await("the processor's storing rate seen by Prometheus").atMost(Duration.ofMinutes(3))
				.pollInterval(Duration.ofSeconds(2))
				.until(() -> !query(prometheus,
						"sum(rate(orbit_samples_persisted_total{service=\"processor\"}[1m])) > 0")
					.isEmpty());
			// Prometheus ran before this test (with the stack): whatever an earlier class
			// did to the processor has resolved by the time it stores again.
			await(ALERT + " not firing while the processor stores").atMost(Duration.ofMinutes(1))
				.pollInterval(Duration.ofSeconds(1))
				.until(() -> alertState(prometheus), (state) -> !state.equals(Optional.of("firing")));
			assertThat(load.accepted()).as("samples accepted before the stop").isPositive();

			ServiceProcess processor = stack.service("processor");
			processor.freeze();
			Instant stopped = Instant.now();
			int acceptedAtStop = load.accepted();
			try {
				await(ALERT + " firing").atMost(Duration.ofMinutes(4))
					.pollInterval(Duration.ofSeconds(2))
					.until(() -> alertState(prometheus), (state) -> state.equals(Optional.of("firing")));
				log.info("{} fired {} s after the processor was stopped", ALERT,
						Duration.between(stopped, Instant.now()).toSeconds());
				assertThat(load.accepted()).as("ingest accepts while the processor is stopped")
					.isGreaterThan(acceptedAtStop);
				assertThat(load.refused()).as("answers other than 202 (last: %s)", load.lastRefusal()).isZero();
			}
			finally {
				processor.thaw();
			}
			Instant thawed = Instant.now();
			await(ALERT + " resolved").atMost(Duration.ofMinutes(4))
				.pollInterval(Duration.ofSeconds(2))
				.until(() -> alertState(prometheus), Optional::isEmpty);
			log.info("{} resolved {} s after the processor ran on", ALERT,
					Duration.between(thawed, Instant.now()).toSeconds());
			load.close();
			int accepted = load.accepted();
			await("every accepted sample stored").atMost(Duration.ofMinutes(3))
				.pollInterval(Duration.ofSeconds(1))
				.untilAsserted(() -> assertThat(storedSamples(stack)).isEqualTo(accepted));
			assertThat(load.refused()).as("answers other than 202 (last: %s)", load.lastRefusal()).isZero();
		}
	}

	/** The alert's state ("pending", "firing"), empty when it is not active. */
	private static Optional<String> alertState(LocalPrometheus prometheus) {
		JsonNode alerts = api(prometheus, "/api/v1/alerts").path("data").path("alerts");
		for (JsonNode alert : alerts) {
			if (ALERT.equals(alert.path("labels").path("alertname").asString())) {
				return Optional.of(alert.path("state").asString());
			}
		}
		return Optional.empty();
	}

	private static JsonNode query(LocalPrometheus prometheus, String promql) {
		return api(prometheus, "/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8)).path("data")
			.path("result");
	}

	private static JsonNode api(LocalPrometheus prometheus, String path) {
		HttpResponse<String> response = Traffic.get(URI.create(prometheus.url() + path), "application/json");
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return Queries.JSON.readTree(response.body());
	}

	private static int storedSamples(LiveStack stack) throws SQLException {
		try (var connection = stack.postgres.connect();
				var statement = connection.prepareStatement(
						"SELECT coalesce(sum(sample_count), 0) FROM telemetry_frame WHERE spacecraft_id = ?")) {
			statement.setString(1, SPACECRAFT);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getInt(1);
			}
		}
	}

	/**
	 * Telemetry for {@value #SPACECRAFT} through ingest, ten frames of five samples four
	 * times a second, each frame new, counting the samples ingest accepted (202).
	 */
	static final class Load implements AutoCloseable {

		private final AtomicInteger accepted = new AtomicInteger();

		private final AtomicInteger refused = new AtomicInteger();

		private final AtomicReference<String> lastRefusal = new AtomicReference<>("none");

		private final AtomicLong sequence = new AtomicLong();

		private final Thread thread;

		private volatile boolean running = true;

		private Load(LiveStack stack) {
			this.thread = Thread.ofPlatform().name("stall-load").daemon().unstarted(() -> run(stack));
		}

		static Load start(LiveStack stack) {
			Load load = new Load(stack);
			load.thread.start();
			return load;
		}

		private void run(LiveStack stack) {
			while (this.running) {
				TelemetryFixtures frames = TelemetryFixtures.frames(10)
					.samplesPerFrame(5)
					.spacecraft(SPACECRAFT)
					.firstSequence(this.sequence.getAndAdd(10))
					.startingAt(Instant.now().minusSeconds(1));
				try {
					HttpResponse<String> response = Traffic.post(stack, "ingest", "/api/v1/telemetry", frames.json(),
							null);
					if (response.statusCode() == 202) {
						this.accepted.addAndGet(frames.sampleCount());
					}
					else {
						this.refused.incrementAndGet();
						this.lastRefusal.set(response.statusCode() + " " + response.body());
					}
				}
				catch (RuntimeException ex) {
					this.refused.incrementAndGet();
					this.lastRefusal.set(ex.toString());
				}
				try {
					Thread.sleep(250);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

		int accepted() {
			return this.accepted.get();
		}

		int refused() {
			return this.refused.get();
		}

		String lastRefusal() {
			return this.lastRefusal.get();
		}

		@Override
		public void close() throws InterruptedException {
			this.running = false;
			this.thread.join(Duration.ofSeconds(30));
		}

	}

}

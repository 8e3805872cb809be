package space.orbit.analyzer.detection;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import space.orbit.analyzer.AnalyzerJson;
import space.orbit.analyzer.AnalyzerTestInfrastructure;
import space.orbit.registry.Limits;
import space.orbit.registry.Mission;
import space.orbit.registry.ParameterDefinition;
import space.orbit.registry.RawType;
import space.orbit.registry.RegistryEvents;
import space.orbit.registry.RegistryRecord;
import space.orbit.registry.Spacecraft;
import space.orbit.telemetry.Frame;
import space.orbit.telemetry.TelemetryCodec;
import space.orbit.telemetry.TelemetryRecordReader;
import space.orbit.telemetry.columnar.ColumnarRecord;
import space.orbit.telemetry.columnar.TelemetryRecords;
import space.orbit.test.Http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The mission database's limits on the real Kafka: records on the registry topic, as the
 * processor publishes them, and frames on the telemetry topic; the effect is read through
 * the analyzer's alerts API. A changed limit raises on the next sample beyond it; a
 * deleted parameter stops the check and its open alert clears. The first limit is met by
 * {@code orbit.telemetry.v1} records (JSON), the changed one by {@code v2} (columns), as
 * across the contract's migration.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "orbit.analyzer.rules.seed-defaults=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MissionDatabaseLimitsIT extends AnalyzerTestInfrastructure {

	private static final String SPACECRAFT = "MDB-1";

	private static final String TANK = "PROP.TANK.TEMP";

	private final AtomicLong sequence = new AtomicLong();

	private final Instant start = Instant.now().minusSeconds(3600).truncatedTo(ChronoUnit.SECONDS);

	/** Whether frames go as v2 columns (else v1 JSON). */
	private volatile boolean columns;

	@LocalServerPort
	private int port;

	@Autowired
	private KafkaTemplate<String, byte[]> kafka;

	@Test
	void aChangedLimitRaisesOnTheNextSampleBeyondItAndADeletedParameterClearsItsAlert() throws Exception {
		Http http = new Http(this.port).as("viewer");
		await().atMost(Duration.ofSeconds(90)).until(() -> http.get("/health/readiness").status() == 200);
		publish(new Mission("MDBIT", "Limits test", null));
		publish(new Spacecraft(SPACECRAFT, "MDBIT", "tank test", null, null));
		publish(tank(new Limits(null, 60.0, null, 70.0)));

		JsonNode old = awaitAlert(http, 65.0, alert -> alert.get("threshold").asDouble() == 60.0);
		assertThat(old.get("ruleId").asString()).isEqualTo("parameter/MDBIT/" + TANK);
		assertThat(old.get("severity").asString()).isEqualTo("WARNING");
		assertThat(old.get("state").asString()).isEqualTo("OPEN");
		sample(58.0);
		await().atMost(Duration.ofSeconds(30)).until(() -> state(http, old).equals("CLEARED"));

		this.columns = true;
		publish(tank(new Limits(null, 55.5, null, 70.0)));
		JsonNode changed = awaitAlert(http, 58.0, alert -> alert.get("threshold").asDouble() == 55.5);
		assertThat(changed.get("id").asLong()).isNotEqualTo(old.get("id").asLong());
		assertThat(changed.get("value").asDouble()).isEqualTo(58.0);

		this.kafka.send(registryTopic, "parameter/MDBIT/" + TANK, null).get();
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
			sample(99.0);
			return state(http, changed).equals("CLEARED");
		});
		assertThat(alerts(http)).as("nothing raised after the deletion").hasSize(2);
	}

	/** Sends {@code value} every half second until an alert matches; returns it. */
	private JsonNode awaitAlert(Http http, double value, java.util.function.Predicate<JsonNode> matches) {
		JsonNode[] found = new JsonNode[1];
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
			sample(value);
			found[0] = alerts(http).stream()
				.filter(alert -> alert.get("state").asString().equals("OPEN"))
				.filter(matches)
				.findFirst()
				.orElse(null);
			return found[0] != null;
		});
		return found[0];
	}

	private static List<JsonNode> alerts(Http http) {
		List<JsonNode> alerts = new ArrayList<>();
		http.get("/api/v1/alerts?spacecraftId=" + SPACECRAFT + "&detector=limit")
			.json()
			.get("items")
			.forEach(alerts::add);
		return alerts;
	}

	private static String state(Http http, JsonNode alert) {
		return alerts(http).stream()
			.filter(a -> a.get("id").asLong() == alert.get("id").asLong())
			.findFirst()
			.orElseThrow()
			.get("state")
			.asString();
	}

	private static ParameterDefinition tank(Limits limits) {
		return new ParameterDefinition("MDBIT", TANK, "PROP", "Tank temperature", "degC", RawType.FLOAT, null, limits);
	}

	private void publish(RegistryRecord record) throws Exception {
		this.kafka.send(registryTopic, RegistryEvents.key(record), RegistryEvents.value(record)).get();
	}

	/**
	 * The next frame of the spacecraft (a second later in sample time), as processed
	 * telemetry.
	 */
	private void sample(double value) throws Exception {
		long next = this.sequence.incrementAndGet();
		Instant timestamp = this.start.plusSeconds(next);
		UUID batchId = UUID.randomUUID();
		ProducerRecord<String, byte[]> record;
		if (this.columns) {
			record = new ProducerRecord<>(telemetryTopic, SPACECRAFT,
					ColumnarRecord.encode(SPACECRAFT, batchId, TelemetryRecordReader.micros(timestamp), 0,
							List.of(new Frame(SPACECRAFT, timestamp, next, Map.of(TANK, value)))));
			record.headers()
				.add("content-type", TelemetryRecords.COLUMNS_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
		}
		else {
			Map<String, Object> frame = new LinkedHashMap<>();
			frame.put("timestamp", TelemetryCodec.formatTimestamp(timestamp));
			frame.put("sequence", next);
			frame.put("samples", Map.of(TANK, value));
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("spacecraftId", SPACECRAFT);
			body.put("batchId", batchId.toString());
			body.put("receivedAt", TelemetryCodec.formatTimestamp(timestamp));
			body.put("chunk", 0);
			body.put("frames", List.of(frame));
			record = new ProducerRecord<>(telemetryTopic, SPACECRAFT, AnalyzerJson.MAPPER.writeValueAsBytes(body));
			record.headers().add("content-type", TelemetryRecords.JSON_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
		}
		this.kafka.send(record).get();
	}

}

package space.orbit.dashboard.stream;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import space.orbit.messaging.Topics;
import space.orbit.telemetry.TelemetryRecord;
import space.orbit.telemetry.TelemetryRecordReader;

/**
 * The dashboard's own consumers of telemetry, alerts and compute results: a consumer
 * group unique to this instance (every instance sees everything), from the latest offsets
 * (a dashboard shows what happens now; history comes from the owning services). They hand
 * each record to the hub, which never makes them wait. Unreadable records are counted
 * ({@code orbit_dashboard_records_rejected_total}) and skipped.
 */
final class StreamListeners {

	static final String TELEMETRY = "stream-telemetry";

	static final String ALERTS = "stream-alerts";

	static final String COMPUTE = "stream-compute";

	private static final Logger log = LoggerFactory.getLogger(StreamListeners.class);

	private final String group = "dashboard-" + UUID.randomUUID();

	private final StreamHub hub;

	private final FleetState fleet;

	private final JsonMapper json;

	private final MeterRegistry meters;

	StreamListeners(StreamHub hub, FleetState fleet, JsonMapper json, MeterRegistry meters) {
		this.hub = hub;
		this.fleet = fleet;
		this.json = json;
		this.meters = meters;
	}

	/** This instance's consumer group (read by the listeners' SpEL). */
	public String getGroup() {
		return this.group;
	}

	@KafkaListener(id = TELEMETRY, topics = "${orbit.dashboard.telemetry-topic:" + Topics.TELEMETRY + "}",
			groupId = "#{__listener.group}", batch = "true")
	void telemetry(List<ConsumerRecord<String, byte[]>> records) {
		for (ConsumerRecord<String, byte[]> record : records) {
			TelemetryRecord telemetry;
			try {
				telemetry = TelemetryRecordReader.read(record.value());
			}
			catch (RuntimeException ex) {
				rejected(record, ex);
				continue;
			}
			this.fleet.accept(telemetry);
			this.hub.telemetry(telemetry);
		}
		this.meters.counter("orbit.dashboard.records.consumed", "topic", "telemetry").increment(records.size());
	}

	@KafkaListener(id = ALERTS, topics = "${orbit.dashboard.alerts-topic:" + Topics.ALERTS + "}",
			groupId = "#{__listener.group}", batch = "true")
	void alerts(List<ConsumerRecord<String, byte[]>> records) {
		for (ConsumerRecord<String, byte[]> record : records) {
			try {
				JsonNode alert = object(record, "id");
				this.hub.alert(alert.path("spacecraftId").asString("*"),
						new String(record.value(), StandardCharsets.UTF_8));
			}
			catch (RuntimeException ex) {
				rejected(record, ex);
			}
		}
		this.meters.counter("orbit.dashboard.records.consumed", "topic", "alerts").increment(records.size());
	}

	@KafkaListener(id = COMPUTE, topics = "${orbit.dashboard.compute-topic:" + Topics.COMPUTE + "}",
			groupId = "#{__listener.group}", batch = "true")
	void compute(List<ConsumerRecord<String, byte[]>> records) {
		for (ConsumerRecord<String, byte[]> record : records) {
			try {
				JsonNode job = object(record, "jobId");
				Map<String, Object> summary = new LinkedHashMap<>();
				for (String field : List.of("jobId", "type", "state", "finishedAt", "error")) {
					if (job.hasNonNull(field)) {
						summary.put(field, job.get(field).asString());
					}
				}
				this.hub.compute(this.json.writeValueAsString(summary));
			}
			catch (RuntimeException ex) {
				rejected(record, ex);
			}
		}
		this.meters.counter("orbit.dashboard.records.consumed", "topic", "compute").increment(records.size());
	}

	/**
	 * The record's JSON object, which must name {@code required}: anything else (not
	 * JSON, an array, an empty value) is not forwarded to the browsers.
	 */
	private JsonNode object(ConsumerRecord<String, byte[]> record, String required) {
		JsonNode node = this.json.readTree(record.value());
		if (!node.isObject() || !node.hasNonNull(required)) {
			throw new IllegalArgumentException("not a JSON object with " + required);
		}
		return node;
	}

	private void rejected(ConsumerRecord<String, byte[]> record, RuntimeException ex) {
		this.meters.counter("orbit.dashboard.records.rejected", "topic", record.topic()).increment();
		log.warn("Skipped an unreadable record at {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
				ex.toString());
	}

}

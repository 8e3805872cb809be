package space.orbit.dashboard.stream;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import space.orbit.messaging.Headers;
import space.orbit.messaging.Topics;
import space.orbit.telemetry.columnar.TelemetryColumns;
import space.orbit.telemetry.columnar.TelemetryRecords;

/**
 * The dashboard's own consumers of telemetry, alerts and compute results: a consumer
 * group unique to this instance (every instance sees everything), from the latest offsets
 * (a dashboard shows what happens now; history comes from the owning services). They hand
 * each record to the hub, which never makes them wait. A telemetry record is read by its
 * {@code content-type} header, {@code orbit.telemetry.v2} columns or v1 JSON, into the
 * same columns (ADR 0030); of a v2 record only the columns some client subscribes to and
 * the fleet's are decoded, the others skipped by their length. Unreadable records are
 * counted ({@code orbit_dashboard_records_rejected_total}) and skipped.
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

	/** The columns worth decoding: the fleet's, and those some client watches. */
	private final Predicate<String> decoded;

	StreamListeners(StreamHub hub, FleetState fleet, JsonMapper json, MeterRegistry meters) {
		this.hub = hub;
		this.fleet = fleet;
		this.json = json;
		this.meters = meters;
		this.decoded = (parameter) -> fleet.reads(parameter) || hub.watches(parameter);
	}

	/** This instance's consumer group (read by the listeners' SpEL). */
	public String getGroup() {
		return this.group;
	}

	@KafkaListener(id = TELEMETRY, topics = "${orbit.dashboard.telemetry-topic:" + Topics.TELEMETRY + "}",
			groupId = "#{__listener.group}", batch = "true")
	void telemetry(List<ConsumerRecord<String, byte[]>> records) {
		for (ConsumerRecord<String, byte[]> record : records) {
			TelemetryColumns telemetry;
			try {
				telemetry = TelemetryRecords.read(contentType(record), record.value(), this.decoded);
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

	/**
	 * The record's content type (its last {@value Headers#CONTENT_TYPE} header), or null.
	 */
	private static String contentType(ConsumerRecord<String, byte[]> record) {
		Header header = record.headers().lastHeader(Headers.CONTENT_TYPE);
		return (header != null && header.value() != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	private void rejected(ConsumerRecord<String, byte[]> record, RuntimeException ex) {
		this.meters.counter("orbit.dashboard.records.rejected", "topic", record.topic()).increment();
		log.warn("Skipped an unreadable record at {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
				ex.toString());
	}

}

package space.orbit.dashboard.stream;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import space.orbit.dashboard.DashboardProperties;
import space.orbit.dashboard.TelemetryEncoding;
import space.orbit.telemetry.Frame;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Poison on the topics the dashboard streams (not JSON, the wrong shape, empty, null) is
 * counted in {@code orbit_dashboard_records_rejected_total{topic}} and never reaches a
 * browser; the records after it do. Telemetry is read by its {@code content-type}: v1
 * JSON (or no header) and v2 columns, each with its own poison.
 */
class StreamListenersTest {

	private static final List<byte[]> POISON = List.of("{\"id\":".getBytes(StandardCharsets.UTF_8),
			"[1,2,3]".getBytes(StandardCharsets.UTF_8), "42".getBytes(StandardCharsets.UTF_8),
			"{\"nothing\":\"expected\"}".getBytes(StandardCharsets.UTF_8), new byte[0],
			new byte[] { (byte) 0xC3, 0x28, 0x00, (byte) 0xFF });

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final JsonMapper json = JsonMapper.builder().build();

	private final StreamHub hub = new StreamHub(
			new DashboardProperties.Stream(64, Duration.ofSeconds(10), Duration.ofSeconds(15), 10, 64, 100, 4000),
			this.json, this.meters);

	private final StreamListeners listeners = new StreamListeners(this.hub,
			new FleetState("AOCS.MODE", "ORBIT.LATITUDE", "ORBIT.LONGITUDE"), this.json, this.meters);

	private final StreamClient client = this.hub
		.register(new Subscription(Set.of("ORB-1"), Set.of("EPS.BATTERY.VOLTAGE"), Duration.ofMinutes(1), 100));

	@AfterEach
	void close() {
		this.hub.remove(this.client);
	}

	@Test
	void poisonOnEachTopicIsCountedAndOnlyTheValidRecordsAreForwarded() {
		this.listeners.alerts(withPoison("alerts", "{\"id\":\"a-1\",\"spacecraftId\":\"ORB-1\"}"));
		this.listeners.compute(withPoison("compute", "{\"jobId\":\"j-1\",\"state\":\"SUCCEEDED\"}"));
		this.listeners.telemetry(withPoison("telemetry", null));

		for (String topic : List.of("alerts", "compute", "telemetry")) {
			assertThat(this.meters.counter("orbit.dashboard.records.rejected", "topic", topic).count()).as(topic)
				.isEqualTo(POISON.size() + 1);
		}
		assertThat(this.client.queue().size()).as("the alert and the job's end").isEqualTo(2);
	}

	@ParameterizedTest
	@EnumSource(TelemetryEncoding.class)
	void telemetryPoisonOfEitherEncodingIsCountedAndTheRecordsAfterItReachTheClient(TelemetryEncoding encoding)
			throws Exception {
		byte[] valid = telemetry(encoding, 1_000, 28.5);
		List<byte[]> poison = new ArrayList<>(POISON);
		if (encoding == TelemetryEncoding.COLUMNS) {
			// Binary garbage under the v2 content type: a damaged record (its CRC), a
			// truncated one, one of another version, and JSON labelled as columns.
			byte[] damaged = valid.clone();
			damaged[damaged.length / 2] ^= 0x40;
			poison.add(damaged);
			poison.add(Arrays.copyOf(valid, valid.length - 1));
			byte[] version = valid.clone();
			version[2] = 3;
			poison.add(version);
			poison.add(telemetry(TelemetryEncoding.JSON, 1_000, 28.5));
			poison.add(new byte[] { 'O', 'T', 2, 0 });
		}
		else {
			// Columns labelled as JSON.
			poison.add(telemetry(TelemetryEncoding.COLUMNS, 1_000, 28.5));
		}
		List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
		poison.forEach((value) -> records.add(encoding.consumed("telemetry", records.size(), "ORB-1", value)));
		records.add(encoding.consumed("telemetry", records.size(), "ORB-1", null));
		records.add(encoding.consumed("telemetry", records.size(), "ORB-1", valid));
		this.listeners.telemetry(records);
		this.hub.flush();

		assertThat(this.meters.counter("orbit.dashboard.records.rejected", "topic", "telemetry").count())
			.isEqualTo(poison.size() + 1);
		assertThat(this.meters.counter("orbit.dashboard.records.consumed", "topic", "telemetry").count())
			.isEqualTo(records.size());
		StreamEvent points = this.client.queue().poll(0);
		assertThat(points.name()).isEqualTo("points");
		JsonNode series = this.json.readTree(points.json()).get("series");
		assertThat(series).hasSize(1);
		assertThat(series.get(0).get("parameter").asString()).isEqualTo("EPS.BATTERY.VOLTAGE");
		assertThat(series.get(0).get("last").get(0).asDouble()).isEqualTo(28.5);
		assertThat(this.client.queue().poll(0).name()).isEqualTo("contact");
		assertThat(this.client.queue().size()).isZero();
	}

	@Test
	void aRecordWithoutAContentTypeIsReadAsJson() throws Exception {
		this.listeners.telemetry(List
			.of(new ConsumerRecord<>("telemetry", 0, 0, "ORB-1", telemetry(TelemetryEncoding.JSON, 1_000, 27.5))));
		this.hub.flush();

		assertThat(this.meters.counter("orbit.dashboard.records.rejected", "topic", "telemetry").count()).isZero();
		StreamEvent points = this.client.queue().poll(0);
		assertThat(this.json.readTree(points.json()).get("series").get(0).get("last").get(0).asDouble())
			.isEqualTo(27.5);
	}

	@ParameterizedTest
	@EnumSource(TelemetryEncoding.class)
	void theColumnsDecodedFollowTheClientsConnected(TelemetryEncoding encoding) throws Exception {
		assertThat(this.hub.watches("EPS.BATTERY.VOLTAGE")).isTrue();
		assertThat(this.hub.watches("P.1")).isFalse();
		StreamClient later = this.hub
			.register(new Subscription(Set.of(), Set.of("P.1", "AOCS.MODE"), Duration.ofMinutes(1), 100));
		assertThat(this.hub.watches("P.1")).isTrue();
		this.listeners.telemetry(List.of(encoding.consumed("telemetry", 0, "ORB-1", telemetry(encoding, 1_000, 26.5))));
		this.hub.flush();

		JsonNode points = this.json.readTree(later.queue().poll(0).json());
		assertThat(points.get("series")).hasSize(1);
		assertThat(points.get("series").get(0).get("parameter").asString()).isEqualTo("P.1");
		assertThat(points.get("series").get(0).get("last").get(0).asDouble()).isEqualTo(-1.0);
		JsonNode values = this.json.readTree(later.queue().poll(0).json());
		assertThat(values.get("values").get(0).get("value").asString()).isEqualTo("NOMINAL");
		this.hub.remove(later);
		assertThat(this.hub.watches("P.1")).isFalse();
		assertThat(this.hub.watches("EPS.BATTERY.VOLTAGE")).isTrue();
	}

	/**
	 * A record of ORB-1, one frame at {@code millis}: the battery voltage, P.1 = -1.0,
	 * P.2 = true and AOCS.MODE = NOMINAL.
	 */
	private static byte[] telemetry(TelemetryEncoding encoding, long millis, double volts) {
		Instant time = Instant.ofEpochMilli(millis);
		return encoding.encode("ORB-1", UUID.randomUUID(), time, List.of(new Frame("ORB-1", time, 1,
				Map.of("EPS.BATTERY.VOLTAGE", volts, "P.1", -1.0, "P.2", true, "AOCS.MODE", "NOMINAL"))));
	}

	/** The poison, a null value, then the valid record (if any). */
	private static List<ConsumerRecord<String, byte[]>> withPoison(String topic, String valid) {
		List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
		POISON.forEach((value) -> records.add(new ConsumerRecord<>(topic, 0, records.size(), "ORB-1", value)));
		records.add(new ConsumerRecord<>(topic, 0, records.size(), "ORB-1", null));
		if (valid != null) {
			records
				.add(new ConsumerRecord<>(topic, 0, records.size(), "ORB-1", valid.getBytes(StandardCharsets.UTF_8)));
		}
		return records;
	}

}

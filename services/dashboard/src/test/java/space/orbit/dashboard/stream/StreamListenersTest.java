package space.orbit.dashboard.stream;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import space.orbit.dashboard.DashboardProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Poison on the topics the dashboard streams (not JSON, the wrong shape, empty, null) is
 * counted in {@code orbit_dashboard_records_rejected_total{topic}} and never reaches a
 * browser; the records after it do.
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

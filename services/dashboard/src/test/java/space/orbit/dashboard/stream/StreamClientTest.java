package space.orbit.dashboard.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

import space.orbit.dashboard.TelemetryEncoding;
import space.orbit.telemetry.Frame;
import space.orbit.telemetry.columnar.TelemetryColumns;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client's flush: what was reduced becomes its events; a client whose queue is full
 * (stalled) has the same weight counted as dropped, without it being written as JSON.
 * Over both encodings of a telemetry record.
 */
class StreamClientTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AtomicLong dropped = new AtomicLong();

	private final StreamClient client = new StreamClient(1,
			new Subscription(Set.of("ORB-1"), Set.of("EPS.BATTERY.VOLTAGE", "AOCS.MODE"), Duration.ofMinutes(1), 600),
			1, (weight) -> this.dropped.addAndGet((long) weight));

	@ParameterizedTest
	@EnumSource(TelemetryEncoding.class)
	void aStalledClientsFlushIsCountedAsDroppedWithTheWeightsItsEventsWouldHave(TelemetryEncoding encoding)
			throws Exception {
		this.client.accept(record(encoding, 0, 28.0));
		this.client.flush(JSON);
		// One event fits: the points; the values and the contact are dropped, by weight.
		assertThat(this.client.queue().size()).isEqualTo(1);
		StreamEvent points = this.client.queue().poll(0);
		assertThat(points.name()).isEqualTo("points");
		assertThat(points.weight()).isEqualTo(1);
		assertThat(this.dropped.get()).isEqualTo(2);
		assertThat(this.client.queue().offer(points)).isTrue();

		this.client.accept(record(encoding, 1_000_000, 28.1));
		this.client.accept(record(encoding, 2_000_000, 28.2));
		this.client.flush(JSON);

		// Full: two columns, one value and one contact dropped, nothing queued beside the
		// event that was there.
		assertThat(this.dropped.get()).isEqualTo(2 + 2 + 1 + 1);
		assertThat(this.client.queue().size()).isEqualTo(1);
		assertThat(this.client.queue().takeDropped()).isEqualTo(6);
		this.client.queue().poll(0);
		this.client.flush(JSON);
		assertThat(this.client.queue().size()).as("nothing left from before the stall").isZero();
	}

	private static TelemetryColumns record(TelemetryEncoding encoding, long micros, double volts) {
		Instant time = Instant.ofEpochSecond(0, micros * 1_000L);
		return encoding.read(encoding.encode("ORB-1", UUID.randomUUID(), time,
				List.of(new Frame("ORB-1", time, micros, Map.of("EPS.BATTERY.VOLTAGE", volts, "AOCS.MODE", "NADIR")))));
	}

}

package space.orbit.observability;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import space.orbit.test.TelemetryFixtures;

/**
 * Telemetry readings sent through ingest each under a trace of its own, for the exemplar
 * tests. A histogram bucket keeps its exemplar for the Prometheus client's minimum
 * retention (7 s) before a new observation may replace it, and other tests of this module
 * send untraced load: so a test sends a reading when it is due (the last one is older
 * than that) until an exemplar names one of the readings it sent, whatever ran before it.
 */
final class TracedReadings {

	/** The Prometheus client's minimum exemplar retention (7 s), and a second more. */
	static final Duration DUE_AFTER = Duration.ofSeconds(8);

	private final LiveStack stack;

	private final String spacecraft;

	private final Set<String> traceIds = ConcurrentHashMap.newKeySet();

	private long sequence;

	private Instant last = Instant.EPOCH;

	TracedReadings(LiveStack stack, String spacecraft) {
		this.stack = stack;
		this.spacecraft = spacecraft;
	}

	/** Sends a reading under a new trace if none was sent in the last 8 s. */
	synchronized void sendIfDue() {
		if (Duration.between(this.last, Instant.now()).compareTo(DUE_AFTER) < 0) {
			return;
		}
		String traceId = HexFormat.of().formatHex(bytes(16));
		String traceparent = "00-" + traceId + "-" + HexFormat.of().formatHex(bytes(8)) + "-01";
		TelemetryFixtures frames = TelemetryFixtures.frames(5)
			.samplesPerFrame(5)
			.spacecraft(this.spacecraft)
			.firstSequence(this.sequence)
			.startingAt(Instant.now().minusSeconds(1));
		this.sequence += 5;
		var response = Traffic.post(this.stack, "ingest", "/api/v1/telemetry", frames.json(), traceparent);
		if (response.statusCode() != 202) {
			throw new IllegalStateException("ingest answered " + response.statusCode() + ": " + response.body());
		}
		this.traceIds.add(traceId);
		this.last = Instant.now();
	}

	/** Whether this trace id is one of a reading sent here. */
	boolean sent(String traceId) {
		return traceId != null && this.traceIds.contains(traceId);
	}

	Set<String> traceIds() {
		return Set.copyOf(this.traceIds);
	}

	private static byte[] bytes(int n) {
		byte[] bytes = new byte[n];
		ThreadLocalRandom.current().nextBytes(bytes);
		return bytes;
	}

}

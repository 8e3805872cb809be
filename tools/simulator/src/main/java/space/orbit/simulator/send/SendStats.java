package space.orbit.simulator.send;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What the simulator sent and what ingest did with it, for the report and as metrics:
 * {@code orbit_simulator_frames_sent_total}, {@code orbit_simulator_samples_sent_total},
 * {@code orbit_simulator_samples_accepted_total},
 * {@code orbit_simulator_requests_total{status}}, {@code orbit_simulator_retries_total},
 * {@code orbit_simulator_frames_lost_total}. Thread-safe.
 */
public final class SendStats {

	private final MeterRegistry registry;

	private final LongAdder framesSent = new LongAdder();

	private final LongAdder samplesSent = new LongAdder();

	private final LongAdder framesAccepted = new LongAdder();

	private final LongAdder samplesAccepted = new LongAdder();

	private final LongAdder retries = new LongAdder();

	private final LongAdder batchesLost = new LongAdder();

	private final LongAdder framesLost = new LongAdder();

	private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();

	private final Map<String, LongAdder> framesRejected = new ConcurrentHashMap<>();

	private final Counter framesSentCounter;

	private final Counter samplesSentCounter;

	private final Counter samplesAcceptedCounter;

	private final Counter retriesCounter;

	private final Counter framesLostCounter;

	public SendStats(MeterRegistry registry) {
		this.registry = registry;
		this.framesSentCounter = registry.counter("orbit.simulator.frames.sent");
		this.samplesSentCounter = registry.counter("orbit.simulator.samples.sent");
		this.samplesAcceptedCounter = registry.counter("orbit.simulator.samples.accepted");
		this.retriesCounter = registry.counter("orbit.simulator.retries");
		this.framesLostCounter = registry.counter("orbit.simulator.frames.lost");
	}

	void sent(Batch batch) {
		this.framesSent.add(batch.frames());
		this.samplesSent.add(batch.samples());
		this.framesSentCounter.increment(batch.frames());
		this.samplesSentCounter.increment(batch.samples());
	}

	/**
	 * One HTTP exchange: its status code, or {@code io_error} when there was no answer.
	 */
	void request(String status) {
		this.requests.computeIfAbsent(status, (s) -> new LongAdder()).increment();
		this.registry.counter("orbit.simulator.requests", "status", status).increment();
	}

	void accepted(int frames, long samples) {
		this.framesAccepted.add(frames);
		this.samplesAccepted.add(samples);
		this.samplesAcceptedCounter.increment(samples);
	}

	void rejected(Batch batch, int status) {
		this.framesRejected.computeIfAbsent(String.valueOf(status), (s) -> new LongAdder()).add(batch.frames());
	}

	void retry() {
		this.retries.increment();
		this.retriesCounter.increment();
	}

	void lost(Batch batch) {
		this.batchesLost.increment();
		this.framesLost.add(batch.frames());
		this.framesLostCounter.increment(batch.frames());
	}

	/** A consistent-enough copy of the counts. */
	public Snapshot snapshot() {
		return new Snapshot(this.framesSent.sum(), this.samplesSent.sum(), this.framesAccepted.sum(),
				this.samplesAccepted.sum(), copy(this.requests), copy(this.framesRejected), this.retries.sum(),
				this.batchesLost.sum(), this.framesLost.sum());
	}

	private static Map<String, Long> copy(Map<String, LongAdder> counts) {
		Map<String, Long> copy = new TreeMap<>();
		counts.forEach((key, count) -> copy.put(key, count.sum()));
		return copy;
	}

	/**
	 * The counts at one moment.
	 *
	 * @param framesSent frames posted (once each, however often re-sent)
	 * @param samplesSent samples in them
	 * @param framesAccepted frames ingest answered 202 for
	 * @param samplesAccepted samples ingest counted in its 202 answers
	 * @param requests HTTP exchanges by status code ({@code io_error}: no answer)
	 * @param framesRejected frames refused with a 4xx, by status
	 * @param retries re-sends after a 503, another 5xx or no answer
	 * @param batchesLost batches given up after the bounded retries
	 * @param framesLost frames in them
	 */
	public record Snapshot(long framesSent, long samplesSent, long framesAccepted, long samplesAccepted,
			Map<String, Long> requests, Map<String, Long> framesRejected, long retries, long batchesLost,
			long framesLost) {

	}

}

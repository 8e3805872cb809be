package space.orbit.bench;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What one rate step measured.
 *
 * @param offered samples per second asked of the simulator
 * @param sent samples the simulator sent
 * @param accepted samples ingest accepted (202), from its metrics
 * @param stored samples the processor stored, from its metrics
 * @param published samples the processor published to Kafka, from its metrics
 * @param acceptedPerSecond accepted over the sending window (first batch accepted to
 * simulator exit)
 * @param storedPerSecond stored over the step, sending window plus the drain
 * @param drainSeconds time after sending stopped until everything accepted was stored and
 * published
 * @param latencyP50 ingest receipt to PostgreSQL commit, seconds
 * @param latencyP95 same, 95th percentile
 * @param latencyP99 same, 99th percentile
 * @param alertP50 ingest receipt of the sample that raised an alert to the alert's
 * emission, seconds
 * @param alertP99 same, 99th percentile
 * @param alerts alerts timed in the step
 * @param processes CPU (cores) and peak RSS per component during the step
 * @param archive what the enricher archived in MongoDB, null when it did not answer
 */
record StepResult(int offered, long sent, long accepted, long stored, long published, double acceptedPerSecond,
		double storedPerSecond, double drainSeconds, double latencyP50, double latencyP95, double latencyP99,
		double alertP50, double alertP99, long alerts, Map<String, ProcessStats.Usage> processes, Archive archive) {

	/**
	 * The load generator among {@link #processes}: it runs on the same cores, but is no
	 * part of Orbit.
	 */
	static final String LOAD_GENERATOR = "simulator (load)";

	/**
	 * What a sample costs each component: its CPU over the step (sending and drain, every
	 * accepted sample handled) in core-seconds per million accepted samples, the most
	 * costly first. Comparable across rates and runs, unlike cores: a stage that keeps up
	 * at 25k and 250k costs the same per sample at both. Empty when nothing was accepted.
	 */
	@JsonProperty
	Map<String, Double> coreSecondsPerMillion() {
		Map<String, Double> cost = new LinkedHashMap<>();
		if (this.accepted <= 0) {
			return cost;
		}
		this.processes.entrySet()
			.stream()
			.sorted(Comparator.comparingDouble((Map.Entry<String, ProcessStats.Usage> e) -> e.getValue().cpuSeconds())
				.reversed()
				.thenComparing(Map.Entry::getKey))
			.forEach((e) -> cost.put(e.getKey(), e.getValue().cpuSeconds() / (this.accepted / 1e6)));
		return cost;
	}

	/**
	 * Orbit's cost per million accepted samples: every component but the load generator,
	 * core-seconds (NaN when nothing was accepted).
	 */
	@JsonProperty
	double orbitCoreSecondsPerMillion() {
		if (this.accepted <= 0) {
			return Double.NaN;
		}
		return this.processes.entrySet()
			.stream()
			.filter((e) -> !LOAD_GENERATOR.equals(e.getKey()))
			.mapToDouble((e) -> e.getValue().cpuSeconds())
			.sum() / (this.accepted / 1e6);
	}

	/**
	 * What a machine of {@code cores} has per million samples at the step's accepted
	 * rate: everything on it together (load generator included) must cost less to keep
	 * up. Two cores at 250,000 samples/s: 8 core-seconds.
	 */
	double budgetCoreSecondsPerMillion(int cores) {
		return (this.acceptedPerSecond > 0) ? cores / (this.acceptedPerSecond / 1e6) : Double.NaN;
	}

	boolean zeroLoss() {
		return this.accepted == this.stored && this.stored == this.published;
	}

	/**
	 * The archive's side of a step (the enricher's counters).
	 *
	 * @param samples raw samples added to the archive (derived ones not counted)
	 * @param documents bucket documents written
	 * @param samplesPerSecond samples over the sending window plus the archive's drain
	 * @param documentsPerSecond documents over the same time
	 * @param drainSeconds after sending stopped, until every accepted sample was archived
	 * @param latencyP50 ingest receipt to the MongoDB write, seconds
	 * @param latencyP99 same, 99th percentile
	 */
	record Archive(long samples, long documents, double samplesPerSecond, double documentsPerSecond,
			double drainSeconds, double latencyP50, double latencyP99) {
	}

}

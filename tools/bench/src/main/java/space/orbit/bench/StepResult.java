package space.orbit.bench;

import java.util.Map;

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

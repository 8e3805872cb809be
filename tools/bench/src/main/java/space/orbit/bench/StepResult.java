package space.orbit.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 * @param checked what the analyzer's detectors looked at, null when it was not measured
 * @param published ingest receipt to the Kafka acknowledgement, null when not measured
 * @param reads what the bench read from each store itself, null when it did not
 */
record StepResult(int offered, long sent, long accepted, long stored, long published, double acceptedPerSecond,
		double storedPerSecond, double drainSeconds, double latencyP50, double latencyP95, double latencyP99,
		double alertP50, double alertP99, long alerts, Map<String, ProcessStats.Usage> processes, Archive archive,
		Checked checked, Stage publishedLatency, Reads reads) {

	/** A step whose stores the bench did not read itself. */
	StepResult(int offered, long sent, long accepted, long stored, long published, double acceptedPerSecond,
			double storedPerSecond, double drainSeconds, double latencyP50, double latencyP95, double latencyP99,
			double alertP50, double alertP99, long alerts, Map<String, ProcessStats.Usage> processes, Archive archive,
			Checked checked, Stage publishedLatency) {
		this(offered, sent, accepted, stored, published, acceptedPerSecond, storedPerSecond, drainSeconds, latencyP50,
				latencyP95, latencyP99, alertP50, alertP99, alerts, processes, archive, checked, publishedLatency,
				null);
	}

	/** The same step with what the bench read from each store. */
	StepResult withReads(Reads reads) {
		return new StepResult(this.offered, this.sent, this.accepted, this.stored, this.published,
				this.acceptedPerSecond, this.storedPerSecond, this.drainSeconds, this.latencyP50, this.latencyP95,
				this.latencyP99, this.alertP50, this.alertP99, this.alerts, this.processes, this.archive, this.checked,
				this.publishedLatency, reads);
	}

	/**
	 * Busy cores, over the machine's, from which a step counts as CPU-bound: the rest is
	 * the kernel's, the bench's own and measurement noise.
	 */
	static final double CPU_BOUND = 0.925;

	/**
	 * Seconds a stage may still be catching up after sending stopped and count as keeping
	 * up: batches in flight, commit intervals, a poll.
	 */
	static final double LAG_SECONDS = 5;

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

	/**
	 * Every accepted sample stored, published, checked and archived by the end of the
	 * step (issue 19's definition); a stage that was not measured is left out.
	 */
	boolean zeroLoss() {
		return shortfalls().isEmpty();
	}

	/**
	 * The stages that had not handled every accepted sample when the step ended, in
	 * pipeline order, each as "stage handled of accepted".
	 */
	List<String> shortfalls() {
		List<String> behind = new ArrayList<>();
		if (this.stored != this.accepted) {
			behind.add(String.format(Locale.ROOT, "stored %,d of %,d", this.stored, this.accepted));
		}
		if (this.published != this.accepted) {
			behind.add(String.format(Locale.ROOT, "published %,d of %,d", this.published, this.accepted));
		}
		if (this.checked != null && this.checked.samples() != this.accepted) {
			behind.add(String.format(Locale.ROOT, "checked %,d of %,d", this.checked.samples(), this.accepted));
		}
		if (this.archive != null && this.archive.samples() != this.accepted) {
			behind.add(String.format(Locale.ROOT, "archived %,d of %,d", this.archive.samples(), this.accepted));
		}
		if (this.reads != null) {
			behind.addAll(this.reads.shortfalls(this.accepted));
		}
		return behind;
	}

	/**
	 * What limited the step: the stages that fell behind, whether the machine's
	 * {@code cores} were busy (and by whom), or, with neither, the rate offered.
	 */
	String limit(int cores) {
		double busy = this.processes.values().stream().mapToDouble(ProcessStats.Usage::cores).sum();
		List<String> saturated = saturatedThreads();
		String cpu = String.format(Locale.ROOT, "%.2f of %d cores busy (%s)", busy, cores, topCpu(3))
				+ (saturated.isEmpty() ? "" : "; a thread at a full core: " + String.join(", ", saturated));
		List<String> behind = shortfalls();
		if (!behind.isEmpty()) {
			return "fell behind: " + String.join(", ", behind) + "; " + cpu;
		}
		List<String> lagged = lagged();
		if (!lagged.isEmpty()) {
			return "lagged: " + String.join(", ", lagged) + "; " + cpu;
		}
		if (busy >= CPU_BOUND * cores) {
			return "CPU: " + cpu;
		}
		if (this.acceptedPerSecond < 0.95 * this.offered) {
			return String.format(Locale.ROOT,
					"accepted %,.0f/s of %,d offered with CPU to spare: the load generator " + "or ingest; %s",
					this.acceptedPerSecond, this.offered, cpu);
		}
		return "kept up; " + cpu;
	}

	/**
	 * The stages that caught up only after sending stopped, more than
	 * {@link #LAG_SECONDS} later: they handled every sample by the end of the step, but
	 * not as it came.
	 */
	List<String> lagged() {
		List<String> lagged = new ArrayList<>();
		if (this.drainSeconds > LAG_SECONDS) {
			lagged.add(
					String.format(Locale.ROOT, "stored and published %.1f s after sending stopped", this.drainSeconds));
		}
		if (this.checked != null && this.checked.drainSeconds() > LAG_SECONDS) {
			lagged.add(String.format(Locale.ROOT, "checked %.1f s after", this.checked.drainSeconds()));
		}
		if (this.archive != null && this.archive.drainSeconds() > LAG_SECONDS) {
			lagged.add(String.format(Locale.ROOT, "archived %.1f s after", this.archive.drainSeconds()));
		}
		return lagged;
	}

	/**
	 * A thread busier than this (cores) bounds its stage: it cannot go faster however
	 * many cores are idle.
	 */
	static final double THREAD_BOUND = 0.9;

	/**
	 * The busiest thread of each component, the busiest first, as "component/thread
	 * cores"; components without thread figures left out.
	 */
	List<String> busiestThreads(int count) {
		return this.processes.entrySet()
			.stream()
			.filter((e) -> e.getValue().busiestThread() != null)
			.sorted(Comparator
				.comparingDouble((Map.Entry<String, ProcessStats.Usage> e) -> e.getValue().busiestThreadCores())
				.reversed()
				.thenComparing(Map.Entry::getKey))
			.limit(count)
			.map((e) -> String.format(Locale.ROOT, "%s/%s %.2f", e.getKey(), e.getValue().busiestThread(),
					e.getValue().busiestThreadCores()))
			.toList();
	}

	/** The threads that were busy a whole core, as {@link #busiestThreads}. */
	List<String> saturatedThreads() {
		return this.processes.entrySet()
			.stream()
			.filter((e) -> e.getValue().busiestThread() != null && e.getValue().busiestThreadCores() >= THREAD_BOUND)
			.sorted(Map.Entry.comparingByKey())
			.map((e) -> String.format(Locale.ROOT, "%s/%s %.2f", e.getKey(), e.getValue().busiestThread(),
					e.getValue().busiestThreadCores()))
			.toList();
	}

	/** The components using the most cores over the step, with their cores. */
	String topCpu(int count) {
		return this.processes.entrySet()
			.stream()
			.sorted(Comparator.comparingDouble((Map.Entry<String, ProcessStats.Usage> e) -> e.getValue().cores())
				.reversed()
				.thenComparing(Map.Entry::getKey))
			.limit(count)
			.map((e) -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue().cores()))
			.reduce((a, b) -> a + ", " + b)
			.orElse("-");
	}

	/**
	 * The archive's side of a step (the enricher's counters).
	 *
	 * @param samples raw samples added to the archive (derived ones not counted)
	 * @param documents segment documents inserted
	 * @param samplesPerSecond samples over the sending window plus the archive's drain
	 * @param documentsPerSecond documents over the same time
	 * @param drainSeconds after sending stopped, until every accepted sample was archived
	 * @param latencyP50 ingest receipt to the MongoDB write, seconds
	 * @param latencyP99 same, 99th percentile
	 */
	record Archive(long samples, long documents, double samplesPerSecond, double documentsPerSecond,
			double drainSeconds, double latencyP50, double latencyP99) {
	}

	/**
	 * The analyzer's side of a step.
	 *
	 * @param samples samples its detectors looked at
	 * ({@code orbit_samples_analyzed_total})
	 * @param drainSeconds after sending stopped, until every accepted sample was checked
	 * @param latencyP50 ingest receipt to a record's samples all checked, seconds
	 * @param latencyP99 same, 99th percentile
	 */
	record Checked(long samples, double drainSeconds, double latencyP50, double latencyP99) {
	}

	/**
	 * Each store as the bench read it itself after the step (IndependentReads), beside
	 * the services' counters.
	 *
	 * @param storedFrames PostgreSQL: frames received during the step
	 * @param storedSamples PostgreSQL: their samples ({@code sum(sample_count)})
	 * @param publishedRecords Kafka: records on the telemetry topic between the step's
	 * start and end offsets
	 * @param publishedFrames Kafka: their frames (header {@code orbit-frame-count})
	 * @param publishedSamples Kafka: their samples (header {@code orbit-sample-count})
	 * @param repeatedIds Kafka: records whose {@code ce_id} an earlier record of the step
	 * had (a batch published twice)
	 * @param otherContentType Kafka: records that are not v2 columns
	 */
	record Reads(long storedFrames, long storedSamples, long publishedRecords, long publishedFrames,
			long publishedSamples, long repeatedIds, long otherContentType) {

		/** The content type of an {@code orbit.telemetry.v2} record. */
		static final String CONTENT_TYPE = "application/vnd.orbit.telemetry-columns";

		/** Where a store read differs from what ingest accepted, as in shortfalls. */
		List<String> shortfalls(long accepted) {
			List<String> behind = new ArrayList<>();
			if (this.storedSamples != accepted) {
				behind.add(
						String.format(Locale.ROOT, "PostgreSQL holds %,d of %,d (read)", this.storedSamples, accepted));
			}
			if (this.publishedSamples != accepted || this.publishedFrames != this.storedFrames) {
				behind.add(String.format(Locale.ROOT, "Kafka holds %,d samples in %,d frames of %,d in %,d (read)",
						this.publishedSamples, this.publishedFrames, accepted, this.storedFrames));
			}
			if (this.repeatedIds > 0) {
				behind.add(String.format(Locale.ROOT, "%,d records on Kafka twice (read)", this.repeatedIds));
			}
			if (this.otherContentType > 0) {
				behind.add(String.format(Locale.ROOT, "%,d records on Kafka not v2 (read)", this.otherContentType));
			}
			return behind;
		}

	}

	/**
	 * A stage's latency from the ingest receipt, seconds.
	 *
	 * @param p50 median
	 * @param p99 99th percentile
	 */
	record Stage(double p50, double p99) {
	}

}

package space.orbit.bench;

/**
 * Part A's result: the same step without stream clients, with them (one stalled), and
 * without them again (how much the step itself varies on this machine).
 *
 * @param rate samples per second offered
 * @param clients stream clients in the loaded step, the stalled one included
 * @param without the step without clients
 * @param with the step with the clients
 * @param withoutAgain the step without clients once more, after them
 */
record StreamFigures(int rate, int clients, Phase without, Phase with, Phase withoutAgain) {

	/**
	 * The target: the stored p99 with the clients at most 10 % above its figure without.
	 */
	static final double P99_TOLERANCE = 1.10;

	/** Stored p99 with the clients over the p99 without them (the step before). */
	double p99Ratio() {
		return ratio(this.with, this.without);
	}

	/** The same against the step after the clients left. */
	double p99RatioAgain() {
		return ratio(this.with, this.withoutAgain);
	}

	boolean p99WithinTarget() {
		return p99Ratio() <= P99_TOLERANCE;
	}

	/**
	 * The dashboard stayed bounded: the stalled client's excess was dropped, the queues
	 * never held more than their capacity, and the heap in use stayed under its maximum.
	 */
	boolean heapBounded() {
		DashboardWatch.Figures dashboard = this.with.dashboard();
		return dashboard.dropped() > 0 && dashboard.queuedMax() <= (long) this.clients * dashboard.queueCapacity()
				&& dashboard.heapUsedMaxMib() < dashboard.heapMaxMib();
	}

	private static double ratio(Phase a, Phase b) {
		return (a == null || b == null) ? Double.NaN : a.step().latencyP99() / b.step().latencyP99();
	}

	/**
	 * One step of part A.
	 *
	 * @param name what ran beside the pipeline
	 * @param step the pipeline's figures
	 * @param dashboard the dashboard's figures
	 * @param readers what the reading clients received, null without clients
	 * @param loadBefore the machine's load average before the step (1, 5, 15 min)
	 * @param loadAfter the same after it
	 */
	record Phase(String name, StepResult step, DashboardWatch.Figures dashboard, Readers readers, String loadBefore,
			String loadAfter) {
	}

	/**
	 * What the reading clients received during the loaded step.
	 *
	 * @param readers reading clients
	 * @param failed readers whose stream broke
	 * @param seconds the step's sending window (first accepted batch to the simulator's
	 * exit)
	 * @param eventsPerSecond events per second per reader, every kind
	 * @param pointsPerSecond {@code points} events per second per reader
	 * @param kibPerSecond KiB per second per reader
	 * @param droppedColumns columns the dashboard told readers it dropped for them
	 * @param stalledStatus the stalled client's status line
	 */
	record Readers(int readers, int failed, double seconds, double eventsPerSecond, double pointsPerSecond,
			double kibPerSecond, long droppedColumns, String stalledStatus) {

		static Readers of(StreamClients clients, SseTally.Snapshot delta, double seconds) {
			int n = clients.readers();
			return new Readers(n, clients.failed(), seconds, delta.total() / seconds / n,
					delta.count("points") / seconds / n, delta.bytes() / 1024.0 / seconds / n, delta.droppedColumns(),
					clients.stalledStatus());
		}

	}

}

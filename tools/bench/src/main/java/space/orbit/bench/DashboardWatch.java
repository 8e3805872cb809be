package space.orbit.bench;

import java.net.URI;
import java.util.Map;

/**
 * The dashboard's own figures during a step, from its /metrics every second: the JVM's
 * heap (used, its maximum, the live data after the last collection), the stream's
 * clients, queued events and dropped columns.
 */
final class DashboardWatch implements AutoCloseable {

	private static final Map<String, String> HEAP = Map.of("area", "heap");

	private static final double MIB = 1024.0 * 1024.0;

	private final URI metrics;

	private final Prometheus first;

	private final Thread sampler;

	private volatile boolean running = true;

	private double heapUsedMax;

	private double heapMax;

	private double liveDataMax;

	private double clientsMax;

	private double queuedMax;

	private int scrapes;

	private DashboardWatch(URI metrics) {
		this.metrics = metrics;
		this.first = Prometheus.scrape(metrics);
		take(this.first);
		this.sampler = Thread.ofPlatform().daemon().name("bench-dashboard-watch").start(this::sample);
	}

	/** Starts watching the dashboard at {@code base}. */
	static DashboardWatch start(String base) {
		return new DashboardWatch(URI.create(base + "/metrics"));
	}

	private void sample() {
		while (this.running) {
			try {
				Thread.sleep(1_000);
				take(Prometheus.scrape(this.metrics));
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (IllegalStateException ex) {
				// one missed scrape: the next one counts
			}
		}
	}

	private synchronized void take(Prometheus scrape) {
		this.scrapes++;
		this.heapUsedMax = Math.max(this.heapUsedMax, scrape.sum("jvm_memory_used_bytes", HEAP));
		this.heapMax = Math.max(this.heapMax, scrape.positiveSum("jvm_memory_max_bytes", HEAP));
		this.liveDataMax = Math.max(this.liveDataMax, scrape.sum("jvm_gc_live_data_size_bytes"));
		this.clientsMax = Math.max(this.clientsMax, scrape.sum("orbit_dashboard_stream_clients"));
		this.queuedMax = Math.max(this.queuedMax, scrape.sum("orbit_dashboard_stream_queued_events"));
	}

	/** Stops and says what was seen since the start. */
	synchronized Figures finish() {
		this.running = false;
		this.sampler.interrupt();
		Prometheus last = Prometheus.scrape(this.metrics);
		take(last);
		return new Figures(this.heapUsedMax / MIB, this.heapMax / MIB, this.liveDataMax / MIB,
				last.sum("jvm_gc_live_data_size_bytes") / MIB, (int) this.clientsMax, (int) this.queuedMax,
				(int) last.sum("orbit_dashboard_stream_queue_capacity"),
				last.sum("orbit_dashboard_stream_dropped_total")
						- this.first.sum("orbit_dashboard_stream_dropped_total"),
				this.scrapes);
	}

	@Override
	public void close() {
		this.running = false;
		this.sampler.interrupt();
	}

	/**
	 * The dashboard during a step.
	 *
	 * @param heapUsedMaxMib the most heap in use at a scrape (all pools)
	 * @param heapMaxMib the heap's maximum (-Xmx)
	 * @param liveDataMaxMib the most live data after a collection
	 * @param liveDataEndMib live data after the last collection, at the end
	 * @param clientsMax the most stream clients connected at once
	 * @param queuedMax the most events waiting in all clients' queues at once
	 * @param queueCapacity events one client's queue holds at most
	 * @param dropped columns and events dropped for clients that did not keep up
	 * @param scrapes scrapes taken (one a second)
	 */
	record Figures(double heapUsedMaxMib, double heapMaxMib, double liveDataMaxMib, double liveDataEndMib,
			int clientsMax, int queuedMax, int queueCapacity, double dropped, int scrapes) {
	}

}

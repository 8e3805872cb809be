package space.orbit.dashboard.stream;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import space.orbit.dashboard.DashboardProperties;
import space.orbit.kit.web.ProblemException;
import space.orbit.kit.web.ProblemType;
import space.orbit.telemetry.columnar.TelemetryColumns;

/**
 * The stream clients: fed by the Kafka consumers (which never wait on a client), flushed
 * every {@code flush-interval} into each client's bounded queue. Meters:
 * {@code orbit_dashboard_stream_clients}, {@code orbit_dashboard_stream_queued_events}
 * (all clients), {@code orbit_dashboard_stream_queue_capacity} (per client),
 * {@code orbit_dashboard_stream_dropped_total} (columns and events dropped for clients
 * that did not keep up).
 */
final class StreamHub implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(StreamHub.class);

	private final Map<Long, StreamClient> clients = new ConcurrentHashMap<>();

	private final AtomicLong ids = new AtomicLong();

	/** The parameters some client subscribes to: the columns worth decoding. */
	private volatile Set<String> watched = Set.of();

	private final DashboardProperties.Stream settings;

	private final JsonMapper json;

	private final ScheduledExecutorService flusher = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("stream-flush").daemon().factory());

	private final Counter dropped;

	StreamHub(DashboardProperties.Stream settings, JsonMapper json, MeterRegistry meters) {
		this.settings = settings;
		this.json = json;
		Gauge.builder("orbit.dashboard.stream.clients", this.clients, Map::size)
			.description("Stream clients connected")
			.register(meters);
		Gauge.builder("orbit.dashboard.stream.queued.events", this, StreamHub::queued)
			.description("Events waiting in the clients' queues, all clients")
			.register(meters);
		Gauge.builder("orbit.dashboard.stream.queue.capacity", settings, DashboardProperties.Stream::queueCapacity)
			.description("Events one client's queue holds at most")
			.register(meters);
		this.dropped = Counter.builder("orbit.dashboard.stream.dropped")
			.description("Columns and events dropped because a client did not take what it was sent")
			.register(meters);
		long every = settings.flushInterval().toMillis();
		this.flusher.scheduleWithFixedDelay(this::flush, every, every, TimeUnit.MILLISECONDS);
	}

	/**
	 * Registers a client.
	 * @throws ProblemException 429 when {@code max-clients} are connected
	 */
	StreamClient register(Subscription subscription) {
		if (this.clients.size() >= this.settings.maxClients()) {
			throw new ProblemException(ProblemType.TOO_MANY_REQUESTS,
					"The dashboard streams to " + this.settings.maxClients()
							+ " clients at most (orbit.dashboard.stream.max-clients): close a page or retry later")
				.retryAfter(java.time.Duration.ofSeconds(5));
		}
		StreamClient client = new StreamClient(this.ids.incrementAndGet(), subscription, this.settings.queueCapacity(),
				this.dropped::increment);
		this.clients.put(client.id(), client);
		rewatch();
		return client;
	}

	void remove(StreamClient client) {
		this.clients.remove(client.id());
		rewatch();
	}

	/** Whether some client subscribes to this parameter. */
	boolean watches(String parameter) {
		return this.watched.contains(parameter);
	}

	/**
	 * Computes the parameters watched from the clients now connected; serialized, and
	 * called after every change, so the last call sees every change.
	 */
	private synchronized void rewatch() {
		Set<String> parameters = new HashSet<>();
		for (StreamClient client : this.clients.values()) {
			parameters.addAll(client.subscription().parameters());
		}
		this.watched = Set.copyOf(parameters);
	}

	Collection<StreamClient> clients() {
		return this.clients.values();
	}

	/** From the telemetry consumer: never waits on a client. */
	void telemetry(TelemetryColumns record) {
		for (StreamClient client : this.clients.values()) {
			client.accept(record);
		}
	}

	/** An alert event (JSON) about {@code spacecraftId} to the clients that show it. */
	void alert(String spacecraftId, String event) {
		StreamEvent alert = new StreamEvent("alert", event, 1);
		for (StreamClient client : this.clients.values()) {
			if ("*".equals(spacecraftId) || client.subscription().wants(spacecraftId)) {
				client.queue().offer(alert);
			}
		}
	}

	/** A compute job's end (a summary: the result is read from the worker's API). */
	void compute(String summary) {
		StreamEvent event = new StreamEvent("compute", summary, 1);
		this.clients.values().forEach((client) -> client.queue().offer(event));
	}

	void flush() {
		try {
			for (StreamClient client : this.clients.values()) {
				client.flush(this.json);
			}
		}
		catch (RuntimeException ex) {
			log.warn("A stream flush failed: {}", ex.toString());
		}
	}

	private double queued() {
		return this.clients.values().stream().mapToInt((c) -> c.queue().size()).sum();
	}

	@Override
	public void destroy() {
		this.flusher.shutdownNow();
	}

}

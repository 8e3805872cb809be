package space.orbit.ingest.security;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.web.client.RestClient;

/**
 * The table of active API keys (their SHA-256, id and spacecraft), read from the auth
 * service every {@code orbit.ingest.api-keys.refresh}, so a revoked key is refused within
 * about two seconds without a call per request. While the auth service cannot be read,
 * the last table read stays in force: a stale table is better than refusing every
 * station, and readiness stays UP. One WARN per outage; the table's age and size are the
 * gauges {@code orbit_ingest_api_keys_age_seconds} and
 * {@code orbit_ingest_api_keys_active}.
 */
final class ActiveApiKeys implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ActiveApiKeys.class);

	private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

	private final RestClient http;

	private final URI uri;

	private final Duration refresh;

	private final AtomicReference<Map<String, ApiKey>> keys = new AtomicReference<>(Map.of());

	private volatile long readAt = System.nanoTime();

	private volatile boolean everRead;

	private boolean unreachable;

	private ScheduledExecutorService scheduler;

	ActiveApiKeys(RestClient http, ApiKeysProperties properties, MeterRegistry registry) {
		this.http = http;
		this.uri = properties.activeKeys();
		this.refresh = properties.refresh();
		Gauge.builder("orbit.ingest.api.keys.age", this, ActiveApiKeys::ageSeconds)
			.description("Seconds since the active API keys were last read from the auth service "
					+ "(since start-up while they never were)")
			.baseUnit("seconds")
			.register(registry);
		Gauge.builder("orbit.ingest.api.keys.active", this, (table) -> table.keys.get().size())
			.description("Active API keys in the table ingest checks keys against")
			.register(registry);
	}

	/** The active key whose SHA-256 (lower-case hex) this is. */
	Optional<ApiKey> byHash(String sha256Hex) {
		return Optional.ofNullable(this.keys.get().get(sha256Hex));
	}

	/** Reads the table once; on failure keeps the last one. */
	void refresh() {
		try {
			Map<String, ApiKey> read = read();
			this.keys.set(read);
			this.readAt = System.nanoTime();
			this.everRead = true;
			if (this.unreachable) {
				this.unreachable = false;
				log.info("Read the active API keys from {} again: {} keys", this.uri, read.size());
			}
		}
		catch (RuntimeException ex) {
			if (!this.unreachable) {
				this.unreachable = true;
				log.warn("Cannot read the active API keys from {} (orbit.ingest.api-keys.url): {}. {} (retried every "
						+ "{}, orbit.ingest.api-keys.refresh).", this.uri, describe(ex), kept(), this.refresh);
			}
		}
	}

	private String kept() {
		return this.everRead
				? "Keeping the " + this.keys.get().size() + " keys read " + Math.round(ageSeconds())
						+ " s ago until it answers again; a key revoked meanwhile is still accepted"
				: "No key was read yet: every API key is refused until it answers (tokens still work)";
	}

	private static String describe(RuntimeException ex) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
		return (cause == ex) ? String.valueOf(ex.getMessage())
				: ex.getMessage() + " (" + cause.getClass().getSimpleName()
						+ ((cause.getMessage() != null) ? ": " + cause.getMessage() : "") + ")";
	}

	private Map<String, ApiKey> read() {
		ActiveKeys answer = this.http.get().uri(this.uri).retrieve().body(ActiveKeys.class);
		if (answer == null || answer.items() == null) {
			throw new IllegalStateException("the answer has no 'items'");
		}
		Map<String, ApiKey> table = new HashMap<>();
		for (Item item : answer.items()) {
			if (item == null || item.id() == null || item.id().isBlank() || item.hash() == null
					|| !SHA256_HEX.matcher(item.hash()).matches() || item.spacecraft() == null) {
				throw new IllegalStateException("an item is not {id, hash (lower-case hex SHA-256), spacecraft}");
			}
			table.put(item.hash(), new ApiKey(item.id(), Set.copyOf(item.spacecraft())));
		}
		return Map.copyOf(table);
	}

	private double ageSeconds() {
		return (System.nanoTime() - this.readAt) / 1e9;
	}

	@Override
	public synchronized void start() {
		this.scheduler = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "ingest-api-keys");
			thread.setDaemon(true);
			return thread;
		});
		this.scheduler.scheduleWithFixedDelay(this::refresh, 0, this.refresh.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		this.scheduler.shutdownNow();
		this.scheduler = null;
	}

	@Override
	public synchronized boolean isRunning() {
		return this.scheduler != null;
	}

	/** An active key: its id and the spacecraft it may send for. */
	record ApiKey(String id, Set<String> spacecraft) {
	}

	/** The auth service's answer (its contract, ADR 0017). */
	record ActiveKeys(List<Item> items) {
	}

	record Item(String id, String hash, List<String> spacecraft) {
	}

}

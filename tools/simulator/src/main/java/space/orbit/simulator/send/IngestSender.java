package space.orbit.simulator.send;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs batches to ingest's {@code /api/v1/telemetry}. A 503 (ingest or RabbitMQ not
 * ready), another 5xx or no answer at all means: wait (Retry-After, else a backoff up to
 * 5 s) and send the same batch again; after {@code maxRetries} the batch is counted as
 * lost and logged, never dropped silently. A 4xx is counted as rejected. An outage is
 * logged once when it starts and once when it ends. Each request carries the
 * {@link IngestCredentials}; no token from the auth service is waited out like an outage
 * ({@code no_token}); a 401 or 403 is logged once a minute with the fix. Thread-safe.
 */
public final class IngestSender {

	/** The ingest path appended to a base URL. */
	public static final String PATH = "/api/v1/telemetry";

	private static final Logger log = LoggerFactory.getLogger(IngestSender.class);

	private static final Duration MAX_WAIT = Duration.ofSeconds(60);

	private static final long REFUSAL_LOG_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

	private final HttpClient client;

	private final URI endpoint;

	private final int maxRetries;

	private final SendStats stats;

	private final Pause pause;

	private final IngestCredentials credentials;

	private final AtomicBoolean outage = new AtomicBoolean();

	private final AtomicBoolean firstAccepted = new AtomicBoolean();

	private final Set<Integer> loggedRejections = ConcurrentHashMap.newKeySet();

	private final AtomicLong lastRefusalLog = new AtomicLong(System.nanoTime() - REFUSAL_LOG_EVERY_NANOS);

	private volatile boolean stopping;

	public IngestSender(HttpClient client, URI target, int maxRetries, SendStats stats, Pause pause) {
		this(client, target, maxRetries, stats, pause, IngestCredentials.none());
	}

	public IngestSender(HttpClient client, URI target, int maxRetries, SendStats stats, Pause pause,
			IngestCredentials credentials) {
		this.client = client;
		this.endpoint = endpoint(target);
		this.maxRetries = maxRetries;
		this.stats = stats;
		this.pause = pause;
		this.credentials = credentials;
	}

	/**
	 * The telemetry endpoint: the target itself if it has a path, else target +
	 * {@link #PATH}.
	 */
	public static URI endpoint(URI target) {
		String path = target.getPath();
		return (path == null || path.isEmpty() || path.equals("/")) ? target.resolve(PATH) : target;
	}

	public static HttpClient defaultClient() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(3))
			.build();
	}

	public URI endpoint() {
		return this.endpoint;
	}

	/** From now on a failing batch is not retried but counted as lost (shutdown). */
	public void stopRetrying() {
		this.stopping = true;
	}

	/**
	 * Sends one batch until ingest answers 2xx or 4xx, or the retries run out.
	 * @throws InterruptedException when interrupted (the batch is counted as lost)
	 */
	public Outcome send(Batch batch) throws InterruptedException {
		this.stats.sent(batch);
		try {
			return attempt(batch);
		}
		catch (InterruptedException ex) {
			this.stats.lost(batch);
			log.warn("Stopped with a batch of {} frames unconfirmed (counted as lost)", batch.frames());
			throw ex;
		}
	}

	private Outcome attempt(Batch batch) throws InterruptedException {
		for (int attempt = 0;; attempt++) {
			Duration wait;
			String problem;
			try {
				HttpResponse<byte[]> response = this.client.send(request(batch),
						HttpResponse.BodyHandlers.ofByteArray());
				int status = response.statusCode();
				this.stats.request(String.valueOf(status));
				if (status >= 200 && status < 300) {
					accepted(batch, response.body());
					return Outcome.ACCEPTED;
				}
				if (status < 500 && status != 429) {
					rejected(batch, status, response.body());
					return Outcome.REJECTED;
				}
				wait = RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null))
					.orElse(backoff(attempt));
				problem = "HTTP " + status;
			}
			catch (IOException ex) {
				this.stats.request("io_error");
				wait = backoff(attempt);
				problem = ex.getClass().getSimpleName() + ((ex.getMessage() != null) ? ": " + ex.getMessage() : "");
			}
			catch (TokenUnavailableException ex) {
				this.stats.request("no_token");
				wait = backoff(attempt);
				problem = ex.getMessage();
			}
			if (attempt >= this.maxRetries || this.stopping) {
				this.stats.lost(batch);
				log.warn("Lost a batch of {} frames ({} samples) after {} attempts: ingest at {} answered {}",
						batch.frames(), batch.samples(), attempt + 1, this.endpoint, problem);
				return Outcome.LOST;
			}
			if (this.outage.compareAndSet(false, true)) {
				log.warn("Ingest at {} is not accepting telemetry yet ({}); holding each batch and retrying "
						+ "(counted in orbit_simulator_retries_total)", this.endpoint, problem);
			}
			this.stats.retry();
			this.pause.sleep((wait.compareTo(MAX_WAIT) > 0) ? MAX_WAIT : wait);
		}
	}

	/** A request of its own for each attempt: a token may have been renewed meanwhile. */
	private HttpRequest request(Batch batch) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.endpoint)
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(batch.body()));
		this.credentials.addTo(request);
		return request.build();
	}

	private void accepted(Batch batch, byte[] body) {
		this.stats.accepted(batch.frames(), AcceptedBody.samples(body, batch.samples()));
		if (this.outage.compareAndSet(true, false)) {
			log.info("Ingest at {} accepts telemetry again", this.endpoint);
		}
		if (this.firstAccepted.compareAndSet(false, true)) {
			log.info("Ingest at {} accepted the first batch: {} frames, {} samples", this.endpoint, batch.frames(),
					batch.samples());
		}
	}

	private void rejected(Batch batch, int status, byte[] body) {
		this.stats.rejected(batch, status);
		String detail = new String(body, 0, Math.min(body.length, 600), StandardCharsets.UTF_8);
		if (status == 401 || status == 403) {
			refused(status, detail);
		}
		else if (this.loggedRejections.add(status)) {
			log.warn("Ingest rejected a batch of {} frames with {} (further {}s are only counted): {}", batch.frames(),
					status, status, detail);
		}
	}

	/** Ingest refused the credentials: logged once a minute, never a crash or a retry. */
	private void refused(int status, String detail) {
		this.credentials.refused(status);
		long now = System.nanoTime();
		long last = this.lastRefusalLog.get();
		if (now - last >= REFUSAL_LOG_EVERY_NANOS && this.lastRefusalLog.compareAndSet(last, now)) {
			log.warn(
					"Ingest at {} refused the simulator's credentials ({}) with {}: set ORBIT_INGEST_API_KEY or "
							+ "ORBIT_SIMULATOR_CLIENT_SECRET; ./orbit up does it. Batches are counted as rejected "
							+ "(orbit_simulator_requests_total{status=\"{}\"}); logged once a minute: {}",
					this.endpoint, this.credentials, status, status, detail);
		}
	}

	static Duration backoff(int attempt) {
		return Duration.ofMillis(Math.min(5_000, 500L << Math.min(attempt, 4)));
	}

	/** What became of a batch. */
	public enum Outcome {

		/** 2xx: ingest has it. */
		ACCEPTED,
		/** 4xx: ingest refused it; re-sending would not help. */
		REJECTED,
		/** Still failing after the bounded retries (or at shutdown). */
		LOST

	}

}

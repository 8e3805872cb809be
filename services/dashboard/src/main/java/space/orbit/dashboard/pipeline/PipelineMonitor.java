package space.orbit.dashboard.pipeline;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import space.orbit.dashboard.DashboardProperties;
import space.orbit.dashboard.pipeline.PipelineView.Figure;

/**
 * Reads the services' {@code /metrics} every {@code orbit.dashboard.pipeline.interval},
 * all at once, and keeps the strip's figures: the rates of ingest's accepted, the
 * processor's stored and the enricher's archived samples from their counters' change, and
 * the largest Kafka consumer lag of the enricher and the analyzer. A service that does
 * not answer within the timeout has no figure (and is not an error: the strip greys it).
 */
final class PipelineMonitor implements DisposableBean {

	static final String ACCEPTED = "orbit_samples_accepted_total";

	static final String STORED = "orbit_samples_persisted_total";

	static final String ARCHIVED = "orbit_samples_archived_total";

	static final String LAG = "kafka_consumer_fetch_manager_records_lag_max";

	private static final Logger log = LoggerFactory.getLogger(PipelineMonitor.class);

	private final int metricsPort;

	private final DashboardProperties.Upstream upstream;

	private final Duration timeout;

	private final HttpClient http;

	private final CounterRate accepted = new CounterRate();

	private final CounterRate stored = new CounterRate();

	private final CounterRate archived = new CounterRate();

	private final ScheduledExecutorService poller = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("pipeline-poll").daemon().factory());

	private volatile PipelineView latest = new PipelineView(null,
			List.of(Figure.silent("accepted", "ingest", "samples/s"), Figure.silent("stored", "processor", "samples/s"),
					Figure.silent("archived", "enricher", "samples/s"),
					Figure.silent("lag", "enricher, analyzer", "records")));

	PipelineMonitor(DashboardProperties properties) {
		this.upstream = properties.upstream();
		this.timeout = properties.pipeline().timeout();
		this.metricsPort = properties.pipeline().metricsPort();
		this.http = HttpClient.newBuilder().connectTimeout(this.timeout).build();
		long every = properties.pipeline().interval().toMillis();
		this.poller.scheduleWithFixedDelay(this::poll, 0, every, TimeUnit.MILLISECONDS);
	}

	/** The figures of the last read (none answered before the first). */
	PipelineView latest() {
		return this.latest;
	}

	void poll() {
		try {
			CompletableFuture<Optional<PrometheusText>> ingest = scrape(this.upstream.ingest());
			CompletableFuture<Optional<PrometheusText>> processor = scrape(this.upstream.processor());
			CompletableFuture<Optional<PrometheusText>> enricher = scrape(this.upstream.enricher());
			CompletableFuture<Optional<PrometheusText>> analyzer = scrape(this.upstream.analyzer());
			long nanos = System.nanoTime();
			this.latest = new PipelineView(Instant.now(),
					List.of(rate("accepted", "ingest", ingest.join(), ACCEPTED, this.accepted, nanos),
							rate("stored", "processor", processor.join(), STORED, this.stored, nanos),
							rate("archived", "enricher", enricher.join(), ARCHIVED, this.archived, nanos),
							lag(enricher.join(), analyzer.join())));
		}
		catch (RuntimeException ex) {
			log.warn("Reading the pipeline's metrics failed: {}", ex.toString());
		}
	}

	private static Figure rate(String name, String service, Optional<PrometheusText> metrics, String counter,
			CounterRate rate, long nanos) {
		if (metrics.isEmpty()) {
			rate.reset();
			return Figure.silent(name, service, "samples/s");
		}
		OptionalDouble total = metrics.get().sum(counter);
		Double perSecond = total.isPresent() ? rate.next(total.getAsDouble(), nanos) : null;
		return new Figure(name, service, true, perSecond, "samples/s");
	}

	/** The largest lag of those that answered; answered only when both did. */
	private static Figure lag(Optional<PrometheusText> enricher, Optional<PrometheusText> analyzer) {
		OptionalDouble max = Stream.of(enricher, analyzer)
			.flatMap(Optional::stream)
			.map((metrics) -> metrics.max(LAG))
			.filter(OptionalDouble::isPresent)
			.mapToDouble(OptionalDouble::getAsDouble)
			.max();
		return new Figure("lag", "enricher, analyzer", enricher.isPresent() && analyzer.isPresent(),
				max.isPresent() ? max.getAsDouble() : null, "records");
	}

	private CompletableFuture<Optional<PrometheusText>> scrape(URI base) {
		HttpRequest request = HttpRequest.newBuilder(metrics(base, this.metricsPort))
			.timeout(this.timeout)
			.header("Accept", "text/plain;version=0.0.4")
			.build();
		return this.http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
			.thenApply((response) -> (response.statusCode() == 200) ? Optional.of(new PrometheusText(response.body()))
					: Optional.<PrometheusText>empty())
			.exceptionally((ex) -> {
				log.debug("{}/metrics did not answer: {}", base, ex.toString());
				return Optional.empty();
			});
	}

	/** {@code base}'s /metrics, on {@code port} unless it is 0. */
	static URI metrics(URI base, int port) {
		URI metrics = URI.create(base.toString().replaceAll("/+$", "") + "/metrics");
		if (port == 0) {
			return metrics;
		}
		return URI.create(metrics.getScheme() + "://" + metrics.getHost() + ":" + port + metrics.getRawPath());
	}

	@Override
	public void destroy() {
		this.poller.shutdownNow();
	}

}

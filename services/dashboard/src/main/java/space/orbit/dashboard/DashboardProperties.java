package space.orbit.dashboard;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import space.orbit.messaging.Topics;

/**
 * Settings of the dashboard ({@code orbit.dashboard.*}), checked at start-up.
 *
 * @param telemetryTopic processed telemetry, read from the latest offset in a consumer
 * group of this instance's own
 * @param alertsTopic alert events of the analyzer
 * @param computeTopic compute job results of the worker
 * @param stream the live stream's bounds
 * @param upstream where the owning services answer
 * @param pipeline the pipeline strip's figures
 * @param groundStations the stations whose passes the dashboard plans and whose
 * visibility the map draws (until they live in the mission database)
 * @param flightDynamics the planner of ground tracks and passes (the worker's jobs)
 */
@Validated
@ConfigurationProperties("orbit.dashboard")
public record DashboardProperties(@DefaultValue(Topics.TELEMETRY) @NotBlank String telemetryTopic,
		@DefaultValue(Topics.ALERTS) @NotBlank String alertsTopic,
		@DefaultValue(Topics.COMPUTE) @NotBlank String computeTopic, @DefaultValue @Valid Stream stream,
		@DefaultValue @Valid Upstream upstream, @DefaultValue @Valid Pipeline pipeline,
		@DefaultValue List<@Valid GroundStation> groundStations, @DefaultValue @Valid FlightDynamics flightDynamics) {

	/**
	 * The live stream.
	 *
	 * @param queueCapacity events held per client before new ones are dropped (each is
	 * one flush: at most {@code maxParameters x maxWidth} columns)
	 * @param flushInterval how often reduced columns are sent
	 * @param heartbeat how often an idle stream sends a comment (keeps proxies open)
	 * @param maxClients stream clients at once; beyond, 503
	 * @param maxParameters parameters one client may subscribe to
	 * @param maxSpacecraft spacecraft one client may name
	 * @param maxWidth the widest chart in pixel columns
	 */
	public record Stream(@DefaultValue("64") @Min(1) @Max(10_000) int queueCapacity,
			@DefaultValue("250ms") @NotNull Duration flushInterval, @DefaultValue("15s") @NotNull Duration heartbeat,
			@DefaultValue("200") @Min(1) @Max(10_000) int maxClients,
			@DefaultValue("64") @Min(1) @Max(1_000) int maxParameters,
			@DefaultValue("100") @Min(1) @Max(10_000) int maxSpacecraft,
			@DefaultValue("4000") @Min(10) @Max(20_000) int maxWidth) {

		public Stream {
			if (flushInterval.toMillis() < 10 || flushInterval.toMillis() > 10_000) {
				throw new IllegalArgumentException(
						"orbit.dashboard.stream.flush-interval must lie in 10ms..10s, was " + flushInterval);
			}
			if (heartbeat.toMillis() < 100) {
				throw new IllegalArgumentException("orbit.dashboard.stream.heartbeat must be 100ms or more");
			}
		}

	}

	/**
	 * The owning services (environment: {@code ORBIT_PROCESSOR_URL},
	 * {@code ORBIT_ANALYZER_URL}, {@code ORBIT_ENRICHER_URL}, {@code ORBIT_WORKER_URL},
	 * {@code ORBIT_INGEST_URL}).
	 *
	 * @param processor the mission database
	 * @param analyzer alerts
	 * @param enricher the archive
	 * @param worker compute jobs
	 * @param ingest accepted samples (its metrics only, for the pipeline strip)
	 * @param timeout how long a proxied request may take
	 */
	public record Upstream(@DefaultValue("http://127.0.0.1:8101") @NotNull URI processor,
			@DefaultValue("http://127.0.0.1:8104") @NotNull URI analyzer,
			@DefaultValue("http://127.0.0.1:8103") @NotNull URI enricher,
			@DefaultValue("http://127.0.0.1:8102") @NotNull URI worker,
			@DefaultValue("http://127.0.0.1:8100") @NotNull URI ingest,
			@DefaultValue("10s") @NotNull Duration timeout) {
	}

	/**
	 * The pipeline strip.
	 *
	 * @param interval how often the services' metrics are read (rates are the counters'
	 * change over it)
	 * @param timeout how long one read may take before its service shows as not answering
	 * @param metricsPort the port of the services' /metrics when it is not their API's (a
	 * management port of their own, as the Helm chart gives them); 0: the API's
	 */
	public record Pipeline(@DefaultValue("2s") @NotNull Duration interval,
			@DefaultValue("1500ms") @NotNull Duration timeout, @DefaultValue("0") int metricsPort) {

		public Pipeline {
			if (metricsPort < 0 || metricsPort > 65535) {
				throw new IllegalArgumentException(
						"orbit.dashboard.pipeline.metrics-port must be 0 (the API's port) or a port, was "
								+ metricsPort);
			}
			if (interval.toMillis() < 500 || interval.toMillis() > 60_000) {
				throw new IllegalArgumentException(
						"orbit.dashboard.pipeline.interval must lie in 500ms..60s, was " + interval);
			}
			if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(interval) > 0) {
				throw new IllegalArgumentException("orbit.dashboard.pipeline.timeout must be positive and at most "
						+ "orbit.dashboard.pipeline.interval (" + interval + "), was " + timeout);
			}
		}

	}

	/**
	 * A ground station ({@code orbit.dashboard.ground-stations[n]}), as the worker's pass
	 * prediction takes it.
	 *
	 * @param name its name, unique
	 * @param latitude geodetic latitude, degrees
	 * @param longitude longitude east, degrees
	 * @param altitude height above the ellipsoid, metres
	 * @param minElevation the elevation mask, degrees
	 */
	public record GroundStation(@NotBlank String name, @DecimalMin("-90") @DecimalMax("90") double latitude,
			@DecimalMin("-180") @DecimalMax("180") double longitude,
			@DefaultValue("0") @DecimalMin("-500") @DecimalMax("9000") double altitude,
			@DefaultValue("5") @DecimalMin("-5") @DecimalMax("89") double minElevation) {
	}

	/**
	 * The planner ({@code orbit.dashboard.flight-dynamics.*}): for every spacecraft
	 * heard, a ground track and the passes over the ground stations, computed by the
	 * worker.
	 *
	 * @param enabled plan at all (off: the map and passes say so)
	 * @param refresh how often each spacecraft's plan is computed again
	 * @param pollInterval how often the planner looks for new spacecraft and finished
	 * jobs
	 * @param trackBehind the past track's span (about one low orbit)
	 * @param trackAhead the next track's span (about two low orbits)
	 * @param trackStep the track's step
	 * @param passHorizon how far ahead passes are predicted
	 * @param jobTimeout a job not finished by then is given up (and asked again)
	 * @param maxSpacecraft spacecraft planned at most (the cache's bound)
	 * @param client the planner's machine client, when {@code orbit.security.enabled}
	 */
	public record FlightDynamics(@DefaultValue("true") boolean enabled, @DefaultValue("10m") @NotNull Duration refresh,
			@DefaultValue("2s") @NotNull Duration pollInterval, @DefaultValue("95m") @NotNull Duration trackBehind,
			@DefaultValue("190m") @NotNull Duration trackAhead, @DefaultValue("30s") @NotNull Duration trackStep,
			@DefaultValue("24h") @NotNull Duration passHorizon, @DefaultValue("5m") @NotNull Duration jobTimeout,
			@DefaultValue("100") @Min(1) @Max(10_000) int maxSpacecraft, @DefaultValue @Valid Client client) {

		public FlightDynamics {
			if (pollInterval.toMillis() < 100 || refresh.compareTo(pollInterval) < 0) {
				throw new IllegalArgumentException("orbit.dashboard.flight-dynamics.poll-interval must be 100ms or more"
						+ " and refresh at least as long, were " + pollInterval + " and " + refresh);
			}
			if (trackStep.toSeconds() < 1 || trackStep.toSeconds() > 3600) {
				throw new IllegalArgumentException(
						"orbit.dashboard.flight-dynamics.track-step must lie in 1s..1h (the worker's bounds), was "
								+ trackStep);
			}
		}

	}

	/**
	 * The planner's machine client (environment
	 * {@code ORBIT_DASHBOARD_PLANNER_CLIENT_SECRET}, the auth service's
	 * {@code ORBIT_AUTH_DASHBOARD_PLANNER_SECRET}): the worker takes jobs from an
	 * operator.
	 *
	 * @param id the client id
	 * @param secret its secret; required with {@code orbit.security.enabled}
	 * @param tokenUri the auth service's token endpoint
	 */
	public record Client(@DefaultValue("orbit-dashboard-planner") @NotBlank String id, @DefaultValue("") String secret,
			@DefaultValue("http://127.0.0.1:9000/oauth2/token") @NotNull URI tokenUri) {
	}

}

package space.orbit.worker;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import space.orbit.messaging.Topics;

/**
 * Settings of the worker ({@code orbit.worker.*}), checked at start-up.
 *
 * @param schema the PostgreSQL schema the worker owns (Flyway migrates it)
 * @param routesPrefix prepended to RabbitMQ names (empty in production; unique per test)
 * @param computeTopic the Kafka topic results are published to
 * @param registryUrl the mission database's base URL ({@code GET
 * /api/v1/spacecraft/{id}}), env {@code ORBIT_REGISTRY_URL}
 * @param samplesUrl the processor's base URL ({@code GET /api/v1/samples}), env
 * {@code ORBIT_SAMPLES_URL}
 * @param consumers jobs this instance runs at once (each takes a core)
 * @param timeLimit how long a job may run before it fails
 * @param maxAttempts deliveries of a job before it is failed and dead-lettered (transient
 * failures, workers that died running it)
 * @param retryBackoff the wait before a transiently failed job is put back, doubled for
 * each attempt
 * @param limits how big a request may be
 * @param outbox how unpublished results are recovered
 * @param client the worker's credentials for the services it calls, used when
 * {@code orbit.security.enabled}
 * @param retention how long ended jobs are kept
 * @param backlogInterval how often queue depths and the outbox backlog are read for their
 * gauges (ADR 0016)
 */
@Validated
@ConfigurationProperties("orbit.worker")
public record WorkerProperties(
		@DefaultValue("worker") @Pattern(regexp = "[a-z_][a-z0-9_]{0,62}",
				message = "must be a lower-case PostgreSQL identifier") String schema,
		@DefaultValue("") String routesPrefix, @DefaultValue(Topics.COMPUTE) String computeTopic,
		@DefaultValue("http://127.0.0.1:8101") @NotNull URI registryUrl,
		@DefaultValue("http://127.0.0.1:8101") @NotNull URI samplesUrl,
		@DefaultValue("1") @Min(1) @Max(16) int consumers, @DefaultValue("10m") @NotNull Duration timeLimit,
		@DefaultValue("3") @Min(1) @Max(20) int maxAttempts, @DefaultValue("2s") @NotNull Duration retryBackoff,
		@DefaultValue @Valid Limits limits, @DefaultValue @Valid Outbox outbox, @DefaultValue @Valid Client client,
		@DefaultValue @Valid Retention retention,
		@DefaultValue("5s") @NotNull @DurationMin(millis = 100) Duration backlogInterval) {

	/** The RabbitMQ names of this instance. */
	public JobRoutes routes() {
		return this.routesPrefix.isEmpty() ? JobRoutes.DEFAULT : JobRoutes.DEFAULT.prefixed(this.routesPrefix);
	}

	/**
	 * Request limits: beyond them a request is refused with 400, before it costs
	 * anything.
	 *
	 * @param maxHorizon the longest time span of a job
	 * @param maxCatalog objects in one conjunction screening
	 * @param maxStations stations in one pass prediction
	 * @param maxTrackPoints points in one ground track
	 * @param maxSamples samples read for one spectral analysis
	 */
	public record Limits(@DefaultValue("7d") @NotNull Duration maxHorizon, @DefaultValue("5000") @Min(2) int maxCatalog,
			@DefaultValue("100") @Min(1) int maxStations, @DefaultValue("50000") @Min(2) int maxTrackPoints,
			@DefaultValue("1000000") @Min(16) int maxSamples) {
	}

	/**
	 * The outbox sweeper: results committed but not published, and jobs stored but not
	 * queued (the worker died in between).
	 *
	 * @param lease how long a row is its publisher's: a row older than that, or taken by
	 * a publisher longer ago, is taken over by the sweeper
	 * @param sweepInterval how often it looks
	 * @param recoveryClockSkew how far before a row's creation to look on Kafka for its
	 * event when taking it over (the clocks of PostgreSQL and the worker that published)
	 */
	public record Outbox(@DefaultValue("30s") @NotNull Duration lease,
			@DefaultValue("5s") @NotNull Duration sweepInterval,
			@DefaultValue("10s") @NotNull Duration recoveryClockSkew) {
	}

	/**
	 * The worker as a client of the auth service (ADR 0017): it takes a token with the
	 * client-credentials grant and sends it to the mission database and the samples API.
	 *
	 * @param id its client id
	 * @param secret its client secret, env {@code ORBIT_WORKER_CLIENT_SECRET}; required
	 * when {@code orbit.security.enabled}
	 * @param tokenUri the auth service's token endpoint, env {@code ORBIT_AUTH_TOKEN_URI}
	 */
	public record Client(@DefaultValue("orbit-worker") @NotBlank String id, @DefaultValue("") String secret,
			@DefaultValue("http://127.0.0.1:9000/oauth2/token") @NotNull URI tokenUri) {
	}

	/**
	 * Ended jobs (succeeded, failed, cancelled) and their results are deleted once they
	 * are older than {@code keep}: the dashboard's planner alone submits two jobs a
	 * spacecraft every ten minutes (ADR 0018).
	 *
	 * @param keep how long after it ended a job stays readable
	 * @param sweepInterval how often the sweep runs
	 * @param batch jobs deleted in one statement (the sweep repeats until fewer go)
	 */
	public record Retention(@DefaultValue("7d") @NotNull Duration keep,
			@DefaultValue("10m") @NotNull Duration sweepInterval, @DefaultValue("1000") @Min(1) int batch) {
	}

}

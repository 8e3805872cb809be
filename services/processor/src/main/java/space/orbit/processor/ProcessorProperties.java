package space.orbit.processor;

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
import space.orbit.messaging.TelemetryRoutes;
import space.orbit.messaging.Topics;

/**
 * Settings of the processor ({@code orbit.processor.*}), checked at start-up.
 *
 * @param schema the PostgreSQL schema the processor owns (Flyway migrates it)
 * @param prefetch unacknowledged batches per consumer (bounded memory)
 * @param consumers concurrent consumers of the telemetry queue; keep 1: more trade the
 * order of a spacecraft's frames on Kafka (batches overtake each other) for throughput
 * @param storeWorkers batches stored in parallel; they are still published and
 * acknowledged in delivery order, so this keeps each spacecraft's order
 * @param routesPrefix prepended to RabbitMQ names (empty in production; unique per test)
 * @param telemetryTopic the Kafka topic processed telemetry is published to
 * @param retry how failures are retried
 * @param outbox how the outbox is relayed and recovered
 * @param events how frames are grouped into Kafka events
 * @param registry the mission database's publishing to {@code orbit.registry.v1}
 * @param retention how long stored frames are kept
 * @param backlogInterval how often queue depths and outbox backlogs are read for their
 * gauges (ADR 0016)
 */
@Validated
@ConfigurationProperties("orbit.processor")
public record ProcessorProperties(
		@DefaultValue("processor") @Pattern(regexp = "[a-z_][a-z0-9_]{0,62}",
				message = "must be a lower-case PostgreSQL identifier") String schema,
		@DefaultValue("8") @Min(1) @Max(1000) int prefetch, @DefaultValue("1") @Min(1) @Max(64) int consumers,
		@DefaultValue("4") @Min(1) @Max(64) int storeWorkers, @DefaultValue("") String routesPrefix,
		@DefaultValue(Topics.TELEMETRY) String telemetryTopic, @DefaultValue @Valid Retry retry,
		@DefaultValue @Valid Outbox outbox, @DefaultValue @Valid Events events, @DefaultValue @Valid Registry registry,
		@DefaultValue @Valid Retention retention,
		@DefaultValue("5s") @NotNull @DurationMin(millis = 100) Duration backlogInterval) {

	public TelemetryRoutes routes() {
		return this.routesPrefix.isEmpty() ? TelemetryRoutes.DEFAULT
				: TelemetryRoutes.DEFAULT.prefixed(this.routesPrefix);
	}

	/**
	 * Retries of a failed batch. Transient failures (database or broker unreachable) are
	 * retried until they pass, the message held unacknowledged; other failures
	 * {@code maxAttempts} times, then the message is dead-lettered. {@code maxInterval}
	 * bounds how long after a dependency is back the processor takes to notice (5 s: an
	 * attempt every 5 s per consumer against a database that is down costs nothing; 30 s,
	 * before, left the queue waiting up to 29 s after a minute's PostgreSQL outage).
	 */
	public record Retry(@DefaultValue("200ms") @NotNull Duration initialInterval,
			@DefaultValue("5s") @NotNull Duration maxInterval, @DefaultValue("2.0") double multiplier,
			@DefaultValue("5") @Min(1) int maxAttempts) {
	}

	/**
	 * The outbox relay.
	 *
	 * @param lease how long a publisher owns a pending row before another may take it
	 * over
	 * @param sweepInterval how often abandoned rows are looked for
	 * @param sweepBatch rows taken over per sweep
	 * @param publishTimeout how long to wait for Kafka to acknowledge a batch's events
	 * @param recoveryClockSkew how far before a row's creation to look on Kafka for its
	 * events
	 */
	public record Outbox(@DefaultValue("30s") @NotNull Duration lease,
			@DefaultValue("2s") @NotNull Duration sweepInterval, @DefaultValue("50") @Min(1) int sweepBatch,
			@DefaultValue("15s") @NotNull Duration publishTimeout,
			@DefaultValue("10s") @NotNull Duration recoveryClockSkew) {
	}

	/**
	 * How a spacecraft's frames of a batch are cut into Kafka records
	 * ({@code orbit.telemetry.v2}, ADR 0030).
	 *
	 * @param maxRecordBytes the most bytes of one record (a frame bigger than this is a
	 * record of its own); 4 MiB by default. The cut is a function of the frames and this
	 * limit only: change it only while the outbox is empty, or a batch recovered after
	 * the change is cut into records under other ids than those already published
	 */
	public record Events(@DefaultValue("4194304") @Min(256) @Max(16777216) int maxRecordBytes) {
	}

	/**
	 * The mission database's relay to Kafka.
	 *
	 * @param topic the compacted topic every change is published to
	 * @param relayInterval how often changed records are published
	 * @param publishTimeout how long to wait for Kafka to acknowledge them
	 */
	public record Registry(@DefaultValue(Topics.REGISTRY) @NotBlank String topic,
			@DefaultValue("500ms") @NotNull Duration relayInterval,
			@DefaultValue("10s") @NotNull Duration publishTimeout) {
	}

	/**
	 * Retention of {@code telemetry_frame}: a daily partition is dropped once all of its
	 * day is older than {@code period}, so frames are kept at least that long (and at
	 * most a day more).
	 *
	 * @param period how long frames are kept, at least a day
	 * @param checkInterval how often expired partitions are looked for (and the first
	 * time, after start)
	 */
	public record Retention(
			@DefaultValue("30d") @NotNull @DurationMin(days = 1,
					message = "must be at least 1d: a partition holds a day") Duration period,
			@DefaultValue("1h") @NotNull @DurationMin(seconds = 1) Duration checkInterval) {
	}

}

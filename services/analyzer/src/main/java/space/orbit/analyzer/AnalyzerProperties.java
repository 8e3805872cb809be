package space.orbit.analyzer;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;
import space.orbit.messaging.Topics;

/**
 * Settings of the analyzer ({@code orbit.analyzer.*}), checked at start-up.
 *
 * @param schema the PostgreSQL schema the analyzer owns (Flyway migrates it)
 * @param telemetryTopic processed telemetry, read by the topology
 * @param alertsTopic where the topology writes alert events
 * @param rulesTopic the compacted topic of detection rules
 * @param registryTopic the compacted topic of the mission database (the processor's),
 * whose parameter limits the topology applies
 * @param streams the Kafka Streams application
 * @param detection how the topology detects and raises
 * @param alerts the alert lifecycle in PostgreSQL
 * @param rules how rules are seeded and published
 * @param enricherUrl the enricher's API, where a backtest reads archived samples
 * @param backtest the bounds of a backtest
 */
@Validated
@ConfigurationProperties("orbit.analyzer")
public record AnalyzerProperties(
		@DefaultValue("analyzer") @Pattern(regexp = "[a-z_][a-z0-9_]{0,62}",
				message = "must be a lower-case PostgreSQL identifier") String schema,
		@DefaultValue(Topics.TELEMETRY) @NotBlank String telemetryTopic,
		@DefaultValue(Topics.ALERTS) @NotBlank String alertsTopic,
		@DefaultValue(Topics.RULES) @NotBlank String rulesTopic,
		@DefaultValue(Topics.REGISTRY) @NotBlank String registryTopic, @DefaultValue @Valid Streams streams,
		@DefaultValue @Valid Detection detection, @DefaultValue @Valid Alerts alerts, @DefaultValue @Valid Rules rules,
		@DefaultValue("http://127.0.0.1:8103") @NotNull URI enricherUrl, @DefaultValue @Valid Backtest backtest) {

	/**
	 * The Kafka Streams application.
	 *
	 * @param applicationId the Streams application id (consumer group, internal topic
	 * prefix)
	 * @param stateDir where the state stores live (RocksDB); a restart resumes from here
	 * or from the changelogs
	 * @param threads stream threads
	 * @param commitInterval how often results are committed (exactly once: alerts become
	 * visible then)
	 * @param rocksdbMemory off-heap memory all state stores share, block cache and
	 * memtables together ({@link space.orbit.analyzer.detection.BoundedRocksDbMemory})
	 */
	public record Streams(@DefaultValue("orbit-analyzer") @NotBlank String applicationId, @NotBlank String stateDir,
			@DefaultValue("1") @Min(1) @Max(16) int threads, @DefaultValue("100ms") @NotNull Duration commitInterval,
			@DefaultValue("32MB") @NotNull DataSize rocksdbMemory) {
	}

	/**
	 * Detection in the topology.
	 *
	 * @param punctuateInterval how often (wall clock) silence is looked for
	 * @param updateInterval how often an alert that stays active is re-sent with its
	 * count and last value
	 * @param forgetAfter state of a parameter or spacecraft silent this long is dropped
	 * @param stormMaxNewAlerts new alerts a spacecraft may raise per storm window;
	 * beyond, they are folded into one storm alert
	 * @param stormWindow the storm window
	 */
	public record Detection(@DefaultValue("1s") @NotNull Duration punctuateInterval,
			@DefaultValue("10s") @NotNull Duration updateInterval, @DefaultValue("24h") @NotNull Duration forgetAfter,
			@DefaultValue("10") @Min(1) int stormMaxNewAlerts, @DefaultValue("1m") @NotNull Duration stormWindow) {
	}

	/**
	 * The alert lifecycle.
	 *
	 * @param consumerGroup the consumer group that records alert events in PostgreSQL
	 * @param globalMaxNewAlerts new alerts per window over all spacecraft; beyond, they
	 * are folded into one fleet-wide storm alert
	 * @param globalWindow the window of that guard
	 * @param maxShelve the longest an alert may be shelved
	 * @param sweepInterval how often expired shelves are lifted
	 * @param eventRetention how long event ids are remembered to ignore redeliveries
	 */
	public record Alerts(@DefaultValue("orbit-analyzer-alerts") @NotBlank String consumerGroup,
			@DefaultValue("200") @Min(1) int globalMaxNewAlerts, @DefaultValue("1m") @NotNull Duration globalWindow,
			@DefaultValue("7d") @NotNull Duration maxShelve, @DefaultValue("1s") @NotNull Duration sweepInterval,
			@DefaultValue("7d") @NotNull Duration eventRetention) {
	}

	/**
	 * Rules.
	 *
	 * @param seedDefaults load {@code rules/defaults.json} when the table has never held
	 * a rule
	 * @param relayInterval how often rules not yet on Kafka are (re)published
	 * @param publishTimeout how long a publish may take
	 */
	public record Rules(@DefaultValue("true") boolean seedDefaults, @DefaultValue("5s") @NotNull Duration relayInterval,
			@DefaultValue("5s") @NotNull Duration publishTimeout) {
	}

	/**
	 * Backtests ({@code POST /api/v1/rules/backtest}).
	 *
	 * @param maxSpan the longest span one backtest replays
	 * @param maxSamples the most samples one backtest reads from the enricher
	 * @param maxParameters the most parameters one backtest reads
	 * @param enricherTimeout how long one page of archived samples may take
	 */
	public record Backtest(@DefaultValue("7d") @NotNull Duration maxSpan,
			@DefaultValue("500000") @Min(1) int maxSamples, @DefaultValue("20") @Min(1) @Max(100) int maxParameters,
			@DefaultValue("10s") @NotNull Duration enricherTimeout) {
	}

}

package space.orbit.enricher;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import space.orbit.messaging.Topics;

/**
 * Settings of the enricher ({@code orbit.enricher.*}), checked at start-up.
 *
 * @param telemetryTopic processed telemetry, consumed in the group {@code consumerGroup}
 * @param registryTopic the compacted topic of the mission database
 * @param consumerGroup the enricher's own consumer group on the telemetry topic
 * @param consumers listener threads (the topic has 6 partitions)
 * @param writeSamples the most samples in one bulk write (a poll's records are written in
 * as many writes as needed, then committed)
 * @param derived derived parameters computed per frame; empty uses the built-in ones
 * @param archive the MongoDB archive
 * @param query bounds of {@code GET /api/v1/archive/samples} and {@code /steps}
 */
@Validated
@ConfigurationProperties("orbit.enricher")
public record EnricherProperties(@DefaultValue(Topics.TELEMETRY) @NotBlank String telemetryTopic,
		@DefaultValue(Topics.REGISTRY) @NotBlank String registryTopic,
		@DefaultValue("enricher") @NotBlank String consumerGroup, @DefaultValue("1") @Min(1) @Max(6) int consumers,
		@DefaultValue("10000") @Min(100) @Max(1_000_000) int writeSamples, @DefaultValue List<@Valid Derived> derived,
		@DefaultValue @Valid Archive archive, @DefaultValue @Valid Query query) {

	/**
	 * A derived parameter: the product (or sum) of other parameters' engineering values
	 * in the same frame.
	 *
	 * @param name the derived parameter's name, e.g. {@code EPS.BATTERY.POWER}
	 * @param operation how the inputs combine
	 * @param inputs the parameters it is computed from (all must be in the frame)
	 * @param unit its unit
	 */
	public record Derived(
			@NotBlank @Pattern(regexp = "[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*",
					message = "must be a parameter name such as EPS.BATTERY.POWER") String name,
			@DefaultValue("PRODUCT") @NotNull Operation operation, @NotNull List<@NotBlank String> inputs,
			String unit) {

		/** How inputs combine. */
		public enum Operation {

			PRODUCT, SUM

		}

	}

	/**
	 * The archive.
	 *
	 * @param collection the bucket collection earlier versions wrote: read and swept,
	 * never written, until the retention empties it
	 * @param segments the segment collection, where samples are written
	 * @param window the time span of one window (segments of one spacecraft, parameter
	 * and window are read together); size it so a window holds about a thousand samples
	 * at most
	 * @param retention how long a segment is kept after its window ends (TTL index)
	 * @param sweep whether the enricher itself deletes the segments past the retention,
	 * every {@code sweepInterval}: on for a server without a TTL monitor (the stand-in
	 * {@code ./orbit up} starts); off by default, where MongoDB's TTL index does it
	 * @param sweepInterval how often the sweep runs when it is on
	 * @param cachedWindows the most windows whose next slot the writer remembers (least
	 * recently written forgotten first; a forgotten window costs a read when written
	 * again)
	 */
	public record Archive(@DefaultValue("telemetry_buckets") @NotBlank String collection,
			@DefaultValue("telemetry_segments") @NotBlank String segments, @DefaultValue("1m") @NotNull Duration window,
			@DefaultValue("30d") @NotNull Duration retention, @DefaultValue("false") boolean sweep,
			@DefaultValue("10m") @NotNull Duration sweepInterval,
			@DefaultValue("65536") @Min(1) @Max(10_000_000) int cachedWindows) {

		public Archive {
			if (segments.equals(collection)) {
				throw new IllegalArgumentException("orbit.enricher.archive.segments must differ from "
						+ "orbit.enricher.archive.collection (the buckets of earlier versions), both were " + segments);
			}
			if (window.compareTo(Duration.ofSeconds(1)) < 0 || window.compareTo(Duration.ofDays(1)) > 0
					|| Duration.ofDays(1).toMillis() % window.toMillis() != 0) {
				throw new IllegalArgumentException(
						"orbit.enricher.archive.window must divide a day and lie in 1s..1d, was " + window);
			}
			if (sweepInterval.compareTo(Duration.ofSeconds(1)) < 0) {
				throw new IllegalArgumentException("orbit.enricher.archive.sweep-interval must be 1s or more");
			}
			if (retention.compareTo(Duration.ofMinutes(1)) < 0) {
				throw new IllegalArgumentException(
						"orbit.enricher.archive.retention must be 1m or more, was " + retention);
			}
		}

	}

	/**
	 * Bounds of archive queries.
	 *
	 * @param maxRange the longest time range a query may span
	 * @param maxRawSamples the most raw samples one page holds (the maximum
	 * {@code limit})
	 * @param maxSteps the most steps a range may be cut into (and the default
	 * {@code limit} of a page of steps: a whole range in one answer)
	 * @param defaultSteps about how many steps a range is cut into without a step
	 */
	public record Query(@DefaultValue("31d") @NotNull Duration maxRange,
			@DefaultValue("10000") @Min(1) @Max(100_000) int maxRawSamples,
			@DefaultValue("10000") @Min(1) @Max(100_000) int maxSteps,
			@DefaultValue("1000") @Min(1) @Max(100_000) int defaultSteps) {
	}

}

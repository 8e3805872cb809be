package space.orbit.ingest;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;
import space.orbit.messaging.TelemetryRoutes;
import space.orbit.telemetry.FrameLimits;

/**
 * Settings of the ingest service ({@code orbit.ingest.*}).
 *
 * @param maxBodySize the largest request body accepted (larger: 413)
 * @param confirmTimeout how long to wait for RabbitMQ to confirm a batch before answering
 * 503
 * @param retryAfter the {@code Retry-After} suggested with a 503
 * @param maxFrames frames per request
 * @param maxSamplesPerFrame samples per frame
 * @param maxPast how far in the past a frame timestamp may lie
 * @param maxFuture how far in the future a frame timestamp may lie (clock skew)
 * @param routes RabbitMQ names (exchange, queue...) for the telemetry route
 */
@Validated
@ConfigurationProperties("orbit.ingest")
public record IngestProperties(@DefaultValue("32MB") @NotNull DataSize maxBodySize,
		@DefaultValue("10s") @NotNull Duration confirmTimeout, @DefaultValue("2s") @NotNull Duration retryAfter,
		@DefaultValue("20000") int maxFrames, @DefaultValue("2000") int maxSamplesPerFrame,
		@DefaultValue("366d") @NotNull Duration maxPast, @DefaultValue("5m") @NotNull Duration maxFuture,
		@Valid Routes routes) {

	public IngestProperties {
		if (maxBodySize.toBytes() < 1 || maxBodySize.toBytes() > Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException(
					"orbit.ingest.max-body-size must be between 1B and 2GB, was " + maxBodySize);
		}
		if (routes == null) {
			routes = new Routes(null);
		}
	}

	public FrameLimits frameLimits() {
		return new FrameLimits(this.maxFrames, this.maxSamplesPerFrame, FrameLimits.DEFAULT.maxNameLength(),
				FrameLimits.DEFAULT.maxStringLength(), this.maxPast, this.maxFuture);
	}

	/**
	 * RabbitMQ names.
	 *
	 * @param prefix prepended to every exchange and queue name (empty in production;
	 * unique per test)
	 */
	public record Routes(String prefix) {

		public TelemetryRoutes telemetry() {
			return (this.prefix == null || this.prefix.isEmpty()) ? TelemetryRoutes.DEFAULT
					: TelemetryRoutes.DEFAULT.prefixed(this.prefix);
		}

	}

}

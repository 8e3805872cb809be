package space.orbit.enricher.registry;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * Readiness of the registry: up once {@code orbit.registry.v1} has been read up to its
 * end offsets at start-up (telemetry is not enriched before).
 */
class RegistryHealthIndicator extends AbstractHealthIndicator {

	private final RegistryReader reader;

	private final Registry registry;

	RegistryHealthIndicator(RegistryReader reader, Registry registry) {
		this.reader = reader;
		this.registry = registry;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		builder.status(this.reader.caughtUp() ? Status.UP : Status.OUT_OF_SERVICE)
			.withDetail("recordsRead", this.reader.recordsRead())
			.withDetail("recordsRejected", this.reader.recordsRejected())
			.withDetails(this.registry.sizes());
	}

}

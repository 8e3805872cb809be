package space.orbit.users.account;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * {@code orbit_users_registered_total}. (The contract's {@code orbit_users_created_total}
 * cannot be exposed: Prometheus reserves the {@code _created} suffix and its client
 * strips it; see ADR 0007.) Refused requests are the service kit's
 * {@code orbit_requests_rejected_total{type,reason}}.
 */
@Component
class UserMetrics {

	private final Counter created;

	UserMetrics(MeterRegistry registry) {
		this.created = Counter.builder("orbit.users.registered").description("Accounts registered").register(registry);
	}

	void created() {
		this.created.increment();
	}

}

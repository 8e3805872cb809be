package space.orbit.users.account;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * {@code orbit_users_registered_total}. (The contract's {@code orbit_users_created_total}
 * cannot be exposed: Prometheus reserves the {@code _created} suffix and its client
 * strips it; see ADR 0007.) {@code orbit_users_credential_checks_total{outcome}}:
 * passwords checked, {@code verified} or {@code refused}. Refused requests are the
 * service kit's {@code orbit_requests_rejected_total{type,reason}}.
 */
@Component
class UserMetrics {

	static final String CREDENTIAL_CHECKS = "orbit.users.credential.checks";

	private final Counter created;

	private final Counter verified;

	private final Counter refused;

	UserMetrics(MeterRegistry registry) {
		this.created = Counter.builder("orbit.users.registered").description("Accounts registered").register(registry);
		this.verified = credentialChecks(registry, "verified");
		this.refused = credentialChecks(registry, "refused");
	}

	private static Counter credentialChecks(MeterRegistry registry, String outcome) {
		return Counter.builder(CREDENTIAL_CHECKS)
			.description("E-mail addresses and passwords checked, by outcome")
			.tag("outcome", outcome)
			.register(registry);
	}

	void created() {
		this.created.increment();
	}

	void credentialsChecked(boolean verified) {
		(verified ? this.verified : this.refused).increment();
	}

}

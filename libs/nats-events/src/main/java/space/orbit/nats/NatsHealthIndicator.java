package space.orbit.nats;

import io.nats.client.Connection;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** Readiness of NATS: up while the connection is connected. */
class NatsHealthIndicator extends AbstractHealthIndicator {

	private final Connection connection;

	NatsHealthIndicator(Connection connection) {
		super("NATS health check failed");
		this.connection = connection;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Connection.Status status = this.connection.getStatus();
		builder.status((status == Connection.Status.CONNECTED) ? "UP" : "DOWN")
			.withDetail("status", status.name())
			.withDetail("server", String.valueOf(this.connection.getConnectedUrl()));
	}

}

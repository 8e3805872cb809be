package space.orbit.messaging;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Readiness of the Kafka cluster: up when the cluster answers a describe within the
 * timeout.
 */
public class KafkaHealthIndicator extends AbstractHealthIndicator implements AutoCloseable {

	private final Admin admin;

	private final Duration timeout;

	public KafkaHealthIndicator(KafkaAdmin kafkaAdmin, Duration timeout) {
		super("Kafka health check failed");
		Map<String, Object> config = new java.util.HashMap<>(kafkaAdmin.getConfigurationProperties());
		config.put("request.timeout.ms", (int) timeout.toMillis());
		config.put("default.api.timeout.ms", (int) timeout.toMillis());
		this.admin = Admin.create(config);
		this.timeout = timeout;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		DescribeClusterResult cluster = this.admin
			.describeCluster(new DescribeClusterOptions().timeoutMs((int) this.timeout.toMillis()));
		String clusterId = cluster.clusterId().get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		int nodes = cluster.nodes().get(this.timeout.toMillis(), TimeUnit.MILLISECONDS).size();
		builder.up().withDetail("clusterId", clusterId).withDetail("nodes", nodes);
	}

	@Override
	public void close() {
		this.admin.close(Duration.ofSeconds(1));
	}

}

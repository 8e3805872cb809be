package space.orbit.processor.backlog;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import space.orbit.kit.backlog.OutboxBacklog;
import space.orbit.kit.backlog.QueueBacklog;
import space.orbit.test.TcpProxy;
import space.orbit.test.TestPostgres;
import space.orbit.test.TestRabbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatRuntimeException;

/**
 * A queue or an outbox that cannot be read shows NaN, not its last value, and a number
 * again once it can: RabbitMQ and PostgreSQL behind proxies that are cut.
 */
class UnreachableBacklogIT {

	private static final TestPostgres postgres = TestPostgres.newSchema("backlog_it");

	private static final TestRabbit rabbit = TestRabbit.withUniquePrefix("backlog-it");

	@AfterAll
	static void cleanUp() {
		rabbit.close();
		postgres.close();
	}

	@Test
	void aQueueThatCannotBeReadIsNaN() throws Exception {
		String queue = rabbit.prefix() + "work";
		rabbit.deleteOnClose(List.of(queue), List.of());
		try (var channel = rabbit.connection().createChannel()) {
			channel.queueDeclare(queue, true, false, false, null);
			channel.basicPublish("", queue, null, "waiting".getBytes());
		}
		MeterRegistry registry = new SimpleMeterRegistry();
		QueueBacklog backlog = new QueueBacklog(queue, QueueBacklog.Kind.WORK, registry);
		try (TcpProxy proxy = TcpProxy.to(rabbit.port())) {
			CachingConnectionFactory connections = new CachingConnectionFactory(URI.create(TestRabbit.URL));
			connections.setPort(proxy.port());
			connections.setConnectionTimeout(2_000);
			try {
				RabbitAdmin admin = new RabbitAdmin(connections);
				backlog.read(admin);
				assertThat(gauge(registry, "orbit.queue.depth")).isEqualTo(1);
				assertThat(gauge(registry, "orbit.queue.consumers")).isZero();

				proxy.cut();
				assertThatRuntimeException().isThrownBy(() -> backlog.read(admin));
				assertThat(gauge(registry, "orbit.queue.depth")).isNaN();
				assertThat(gauge(registry, "orbit.queue.consumers")).isNaN();

				proxy.restore();
				backlog.read(admin);
				assertThat(gauge(registry, "orbit.queue.depth")).isEqualTo(1);
			}
			finally {
				connections.destroy();
			}
		}
	}

	@Test
	void aMissingQueueIsNaN() {
		MeterRegistry registry = new SimpleMeterRegistry();
		QueueBacklog backlog = new QueueBacklog(rabbit.prefix() + "missing", QueueBacklog.Kind.DEAD_LETTER, registry);
		CachingConnectionFactory connections = new CachingConnectionFactory(URI.create(TestRabbit.URL));
		try {
			assertThatRuntimeException().isThrownBy(() -> backlog.read(new RabbitAdmin(connections)))
				.withMessageContaining("no queue");
			assertThat(gauge(registry, "orbit.queue.depth")).isNaN();
		}
		finally {
			connections.destroy();
		}
	}

	@Test
	void anOutboxThatCannotBeReadIsNaN() throws Exception {
		try (var connection = postgres.connect(); var statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA IF NOT EXISTS " + postgres.schema());
			statement.execute("CREATE TABLE " + postgres.schema() + ".some_outbox (created_at timestamptz NOT NULL)");
			statement.execute("INSERT INTO " + postgres.schema() + ".some_outbox VALUES (now() - interval '1 minute')");
		}
		MeterRegistry registry = new SimpleMeterRegistry();
		OutboxBacklog backlog = new OutboxBacklog("some", postgres.schema() + ".some_outbox", registry);
		URI postgresUri = URI.create(TestPostgres.URL.substring("jdbc:".length()));
		try (TcpProxy proxy = TcpProxy.to(postgresUri.getPort())) {
			DriverManagerDataSource source = new DriverManagerDataSource(
					TestPostgres.URL.replace(":" + postgresUri.getPort() + "/", ":" + proxy.port() + "/")
							+ "?connectTimeout=2&socketTimeout=5",
					TestPostgres.USER, TestPostgres.PASSWORD);
			JdbcTemplate jdbc = new JdbcTemplate(source);
			backlog.read(jdbc, Clock.systemUTC());
			assertThat(gauge(registry, "orbit.outbox.backlog")).isEqualTo(1);
			assertThat(gauge(registry, "orbit.outbox.oldest.age")).isBetween(50.0, 120.0);

			proxy.cut();
			assertThatRuntimeException().isThrownBy(() -> backlog.read(jdbc, Clock.systemUTC()));
			assertThat(gauge(registry, "orbit.outbox.backlog")).isNaN();
			assertThat(gauge(registry, "orbit.outbox.oldest.age")).isNaN();

			proxy.restore();
			backlog.read(jdbc, Clock.systemUTC());
			assertThat(gauge(registry, "orbit.outbox.backlog")).isEqualTo(1);
		}
	}

	private static double gauge(MeterRegistry registry, String name) {
		return registry.get(name).gauge().value();
	}

}

package space.orbit.ingest.telemetry;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.rabbit.connection.ConnectionNameStrategy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import space.orbit.ingest.AuthServiceStandIn;
import space.orbit.messaging.TelemetryRoutes;
import space.orbit.test.TelemetryFixtures;
import space.orbit.test.TestIssuer;
import space.orbit.test.TestRabbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Ingest on the real RabbitMQ when the broker itself pushes back on a batch: it blocks
 * the connection (resource alarm), refuses the batch (nack), cannot route it (mandatory
 * return), or does not confirm it in time, even when it stops reading what ingest writes.
 * Each is a 503 problem with Retry-After within the confirm timeout, and the queue holds
 * nothing of the refused batch; the next batch is accepted once the broker takes it
 * again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RabbitMqPushbackIT {

	private static final TestRabbit rabbit = TestRabbit.withUniquePrefix("ingest-pushback");

	private static final TelemetryRoutes routes = TelemetryRoutes.DEFAULT.prefixed(rabbit.prefix());

	/** The client name of ingest's RabbitMQ connection, to fault that one alone. */
	private static final String CONNECTION = rabbit.prefix() + "ingest";

	private static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(3);

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final AuthServiceStandIn auth = AuthServiceStandIn.start();

	/** A ground station's token: role ground-station, as every POST needs. */
	private static final String STATION = TestIssuer.shared().clientToken("orbit-station-test", "ground-station");

	@LocalServerPort
	private int port;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private JsonMapper json;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("spring.rabbitmq.addresses", () -> TestRabbit.URL);
		registry.add("orbit.ingest.routes.prefix", rabbit::prefix);
		registry.add("orbit.ingest.confirm-timeout", () -> CONFIRM_TIMEOUT.toMillis() + "ms");
		auth.properties().forEach((name, value) -> registry.add(name, () -> value));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class NamedConnection {

		@Bean
		ConnectionNameStrategy ingestConnectionName() {
			return (factory) -> CONNECTION;
		}

	}

	@AfterAll
	static void cleanUp() {
		auth.close();
		rabbit
			.deleteOnClose(List.of(routes.queue(), routes.deadLetterQueue()),
					List.of(routes.exchange(), routes.deadLetterExchange()))
			.close();
	}

	@BeforeEach
	void publishing() throws Exception {
		// The connection has published (RabbitMQ tells publishing connections of
		// alarms), and the queue is not empty.
		assertAccepted(rabbit.messageCount(routes.queue()));
	}

	@Test
	void answers503WhileRabbitMqBlocksTheConnection() throws Exception {
		long queued = rabbit.messageCount(routes.queue());
		String reader = RabbitControl.block(CONNECTION);
		try {
			announceTheBlock();
			long start = System.nanoTime();

			assertUnavailable(post(), "RabbitMQ is blocking publishers (low on memory); nothing was accepted.");

			assertThat(Duration.ofNanos(System.nanoTime() - start)).as("refused without publishing")
				.isLessThan(CONFIRM_TIMEOUT);
		}
		finally {
			RabbitControl.unblock(reader);
		}
		await("the block lifted").atMost(Duration.ofSeconds(10)).until(() -> blockedGauge() == 0);
		// The batch that made RabbitMQ announce the block is queued once the block ends;
		// the one refused while blocked is not.
		assertAccepted(queued + 1);
	}

	@Test
	void forgetsTheBlockOfAConnectionThatClosed() throws Exception {
		String reader = RabbitControl.block(CONNECTION);
		announceTheBlock();

		RabbitControl.kill(reader);

		await("the block lifted").atMost(Duration.ofSeconds(10)).until(() -> blockedGauge() == 0);
		await("a batch accepted").atMost(Duration.ofSeconds(20)).until(() -> post().statusCode() == 202);
	}

	@Test
	void answers503WhenRabbitMqRefusesTheBatch() throws Exception {
		long queued = rabbit.messageCount(routes.queue());
		// The queue is full (it holds more than 0 messages) and refuses what comes more.
		RabbitControl.policy(CONNECTION, routes.queue(), "{\"max-length\":0,\"overflow\":\"reject-publish\"}");
		try {
			assertUnavailable(post(), "RabbitMQ refused the batch");
			assertThat(rabbit.messageCount(routes.queue())).isEqualTo(queued);
		}
		finally {
			// RabbitMQ 3.10 lets a quorum queue's refused publishers go again only when
			// the queue falls below its limit: raise the limit first, then drop it.
			RabbitControl.policy(CONNECTION, routes.queue(),
					"{\"max-length\":1000000,\"overflow\":\"reject-publish\"}");
			RabbitControl.clearPolicy(CONNECTION);
		}
		assertAccepted(queued);
	}

	@Test
	void answers503WhenRabbitMqCannotRouteTheBatch() throws Exception {
		long queued = rabbit.messageCount(routes.queue());
		try (var channel = rabbit.connection().createChannel()) {
			channel.queueUnbind(routes.queue(), routes.exchange(), routes.routingKey());
			try {
				assertUnavailable(post(), "could not route the batch to queue '" + routes.queue() + "' (NO_ROUTE)");
			}
			finally {
				channel.queueBind(routes.queue(), routes.exchange(), routes.routingKey());
			}
		}
		assertAccepted(queued);
	}

	@Test
	void answers503WhenRabbitMqDoesNotConfirmInTime() throws Exception {
		long queued = rabbit.messageCount(routes.queue());
		String reader = RabbitControl.stall(CONNECTION);
		try {
			long start = System.nanoTime();

			assertUnavailable(post(), "did not confirm the batch within PT3S");

			assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(CONFIRM_TIMEOUT,
					CONFIRM_TIMEOUT.plusSeconds(5));
			assertThat(rabbit.messageCount(routes.queue())).isEqualTo(queued);
		}
		finally {
			// The stalled connection dies before its batch was read.
			RabbitControl.kill(reader);
		}
		assertAccepted(queued);
	}

	@Test
	void answers503InTimeWhenRabbitMqStopsReadingTheConnection() throws Exception {
		long queued = rabbit.messageCount(routes.queue());
		// More than the sockets between ingest and RabbitMQ hold: the write itself
		// blocks.
		String big = TelemetryFixtures.frames(5_000).samplesPerFrame(100).json();
		String reader = RabbitControl.stall(CONNECTION);
		try {
			long start = System.nanoTime();

			assertUnavailable(post(big), "did not confirm the batch within PT3S");

			assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(CONFIRM_TIMEOUT,
					CONFIRM_TIMEOUT.plusSeconds(5));
			long next = System.nanoTime();
			assertUnavailable(post(), "RabbitMQ has not read an earlier batch yet");
			assertThat(Duration.ofNanos(System.nanoTime() - next)).as("refused without publishing")
				.isLessThan(CONFIRM_TIMEOUT);
			assertThat(blockedGauge()).isEqualTo(1);
			assertThat(rabbit.messageCount(routes.queue())).isEqualTo(queued);
		}
		finally {
			RabbitControl.kill(reader);
		}
		assertAccepted(queued);
	}

	private void assertUnavailable(HttpResponse<String> response, String detail) {
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Retry-After")).hasValue("2");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("type").asString()).isEqualTo("urn:orbit:problem:dependency-unavailable");
		assertThat(problem.get("dependency").asString()).isEqualTo("RabbitMQ");
		assertThat(problem.get("detail").asString()).contains(detail);
	}

	/** A batch is accepted, and it is the one message the queue gained since then. */
	private void assertAccepted(long queuedBefore) throws Exception {
		await("a batch accepted").atMost(Duration.ofSeconds(20)).until(() -> post().statusCode() == 202);
		assertThat(rabbit.messageCount(routes.queue())).isEqualTo(queuedBefore + 1);
	}

	/**
	 * RabbitMQ tells a connection it is blocked when it publishes during an alarm, and
	 * holds that publication until the alarm ends: the first batch waits out the confirm
	 * timeout (it may or may not be queued, the 503 says).
	 */
	private void announceTheBlock() throws Exception {
		assertUnavailable(post(), "may or may not have been queued");
		await("the block announced").atMost(Duration.ofSeconds(10)).until(() -> blockedGauge() == 1);
	}

	private double blockedGauge() {
		return this.meters.get("orbit.ingest.rabbitmq.blocked").gauge().value();
	}

	private HttpResponse<String> post() throws Exception {
		return post(TelemetryFixtures.frames(10).json());
	}

	private HttpResponse<String> post(String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/telemetry"))
			.header("Authorization", "Bearer " + STATION)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}

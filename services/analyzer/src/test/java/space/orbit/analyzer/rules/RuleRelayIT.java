package space.orbit.analyzer.rules;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import space.orbit.analyzer.AnalyzerJson;
import space.orbit.analyzer.AnalyzerTestInfrastructure;
import space.orbit.test.Http;
import space.orbit.test.TcpProxy;
import space.orbit.test.TestKafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The rules outbox relay on real brokers. The analyzer's producer (all that publishes
 * rules) reaches Kafka through a proxy that is cut when it starts: a rule committed while
 * Kafka is down stays unpublished however often the relay tries, and is published once
 * Kafka answers; afterwards every change reaches {@code orbit.rules.v1} once, and the
 * relay publishes nothing again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "orbit.analyzer.rules.seed-defaults=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RuleRelayIT extends AnalyzerTestInfrastructure {

	private static final String RULE = """
			{"parameter":"PROP.TANK.PRESSURE","limits":{"warningHigh":25.0,"criticalHigh":28.0}}""";

	private static final TcpProxy kafkaProxy = cutProxyToKafka();

	@LocalServerPort
	private int port;

	@Autowired
	private RulePublisher publisher;

	@DynamicPropertySource
	static void producerThroughTheProxy(DynamicPropertyRegistry registry) {
		registry.add("spring.kafka.producer.bootstrap-servers", () -> "127.0.0.1:" + kafkaProxy.port());
	}

	@AfterAll
	static void closeProxy() {
		kafkaProxy.close();
	}

	@Test
	@Order(1)
	void aRuleCommittedWhileKafkaIsDownIsPublishedByTheRelayOnceKafkaIsBack() {
		Http.Response stored = http().put("/api/v1/rules/relay-down", RULE);
		assertThat(stored.status()).isEqualTo(201);
		assertThat(stored.json().get("published").asBoolean()).isFalse();
		this.publisher.relay();
		assertThat(http().get("/api/v1/rules/relay-down").json().get("published").asBoolean()).isFalse();

		kafkaProxy.restore();

		await().atMost(Duration.ofSeconds(60))
			.until(() -> http().get("/api/v1/rules/relay-down").json().get("published").asBoolean());
		assertThat(published("relay-down")).singleElement()
			.satisfies(r -> assertThat(AnalyzerJson.MAPPER.readValue(r.value(), Rule.class).limits().criticalHigh())
				.isEqualTo(28.0));
	}

	@Test
	@Order(2)
	void everyChangeIsPublishedOnce() {
		assertThat(http().put("/api/v1/rules/relay-once", RULE).status()).isEqualTo(201);
		assertThat(http().put("/api/v1/rules/relay-once", RULE).json().get("version").asLong()).isEqualTo(1);
		assertThat(http().put("/api/v1/rules/relay-once", RULE.replace("28.0", "29.0")).status()).isEqualTo(200);
		assertThat(http().delete("/api/v1/rules/relay-once").status()).isEqualTo(204);

		this.publisher.relay();
		this.publisher.relay();

		assertThat(published("relay-once"))
			.extracting(r -> (r.value() != null)
					? AnalyzerJson.MAPPER.readValue(r.value(), Rule.class).limits().criticalHigh() : null)
			.containsExactly(28.0, 29.0, null);
	}

	private Http http() {
		return new Http(this.port).as("admin");
	}

	/** Every record of a rule on the rules topic, oldest first. */
	private static List<ConsumerRecord<String, byte[]>> published(String id) {
		return TestKafka.readToEnd(rulesTopic, Duration.ofSeconds(30))
			.stream()
			.filter(r -> r.key().equals(id))
			.toList();
	}

	private static TcpProxy cutProxyToKafka() {
		String bootstrap = TestKafka.bootstrapServers().split(",")[0];
		TcpProxy proxy = TcpProxy.to(Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1)));
		proxy.cut();
		return proxy;
	}

}

package space.orbit.processor.registry;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import space.orbit.processor.ProxiedKafkaInfrastructure;
import space.orbit.registry.Mission;
import space.orbit.registry.RegistryEvent;
import space.orbit.registry.RegistryEvents;
import space.orbit.test.Http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The mission database's relay to {@code orbit.registry.v1} while Kafka is down: a change
 * is committed with its outbox row, which stays through every failed round and is
 * published, with the record's state, once Kafka is back; no new change is needed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistryRelayIT extends ProxiedKafkaInfrastructure {

	@LocalServerPort
	private int port;

	@Test
	void aChangeMadeWhileKafkaIsDownIsPublishedWhenItIsBack() {
		// A change published first: the producer knows the topic, so sends wait in its
		// buffer
		// while Kafka is down (as they do in a processor that ran a while).
		String before = "mission/" + created("Published before the outage");
		await().atMost(Duration.ofSeconds(60)).until(() -> pending(before) == 0);
		String key;

		kafka.cut();
		try {
			key = "mission/" + created("Written while Kafka is down");
			// Relay rounds run every 200 ms and give up after 2 s: the row outlives
			// several.
			await().during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(10)).until(() -> pending(key) == 1);
		}
		finally {
			kafka.restore();
		}

		await().atMost(Duration.ofSeconds(60)).until(() -> pending(key) == 0);
		RegistryEvent event = latest().get(key);
		assertThat(event).as("the latest event of %s", key).isNotNull();
		assertThat(((Mission) event.record()).name()).isEqualTo("Written while Kafka is down");
	}

	private String created(String name) {
		String id = "OUTAGE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		assertThat(new Http(this.port).as("admin").post("/api/v1/missions", """
				{"id":"%s","name":"%s"}""".formatted(id, name)).status()).isEqualTo(201);
		return id;
	}

	private static long pending(String key) {
		return fixture.postgres.queryForLong("SELECT count(*) FROM registry_outbox WHERE record_key = '" + key + "'");
	}

	private static Map<String, RegistryEvent> latest() {
		Map<String, RegistryEvent> latest = new HashMap<>();
		kafka.readToEnd(fixture.registryTopic, Duration.ofSeconds(30))
			.forEach((r) -> latest.put(r.key(), RegistryEvents.read(r.key(), r.value())));
		return latest;
	}

}

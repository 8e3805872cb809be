package space.orbit.analyzer.alerts;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;

import org.springframework.kafka.core.KafkaTemplate;
import space.orbit.analyzer.AnalyzerJson;
import space.orbit.test.Http;

import static org.awaitility.Awaitility.await;

/**
 * An analyzer under test as its alert lifecycle sees it: events published to its alerts
 * topic, alerts read through its API (as a viewer).
 */
final class AlertsClient {

	private final Http viewer;

	private final KafkaTemplate<String, byte[]> kafka;

	private final String topic;

	AlertsClient(int port, KafkaTemplate<String, byte[]> kafka, String topic) {
		this.viewer = new Http(port).as("viewer");
		this.kafka = kafka;
		this.topic = topic;
	}

	/** Publishes an event as the topology would (keyed by spacecraft), acknowledged. */
	void publish(AlertEvent event) throws Exception {
		this.kafka.send(this.topic, event.spacecraftId(), AnalyzerJson.MAPPER.writeValueAsBytes(event))
			.get(10, TimeUnit.SECONDS);
	}

	/** The first page of a spacecraft's alerts, newest first. */
	List<JsonNode> alerts(String spacecraftId) {
		return this.viewer.get("/api/v1/alerts?spacecraftId=" + spacecraftId)
			.json()
			.get("items")
			.valueStream()
			.toList();
	}

	/** A spacecraft's newest alert, once it satisfies a condition (within 30 s). */
	JsonNode awaitAlert(String spacecraftId, Predicate<JsonNode> condition) {
		JsonNode[] found = new JsonNode[1];
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			List<JsonNode> alerts = alerts(spacecraftId);
			found[0] = alerts.isEmpty() ? null : alerts.get(0);
			return found[0] != null && condition.test(found[0]);
		});
		return found[0];
	}

}

package space.orbit.analyzer.alerts;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import space.orbit.analyzer.AnalyzerJson;
import space.orbit.analyzer.AnalyzerTestInfrastructure;
import space.orbit.analyzer.Severity;
import space.orbit.analyzer.alerts.AlertEvent.Change;
import space.orbit.test.Http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The alert lifecycle on real brokers: events on the alerts topic become alerts in
 * PostgreSQL (once, however often delivered); operators act on them through the API; bad
 * input and transitions that make no sense are refused with problem details and change
 * nothing.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "orbit.analyzer.rules.seed-defaults=false")
class AlertsApiIT extends AnalyzerTestInfrastructure {

	@LocalServerPort
	private int port;

	@Autowired
	private KafkaTemplate<String, byte[]> kafka;

	private Http http() {
		return new Http(this.port);
	}

	@Test
	void anEventOpensAnAlertOnceAndRepeatsUpdateIt() throws Exception {
		AlertEvent raised = AlertEvents.raised("API-1", Severity.WARNING);
		publish(raised);
		publish(raised);
		publish(AlertEvents.event(Change.UPDATED, "API-1", "limit", Severity.CRITICAL, 0, 1, 5, false));

		JsonNode alert = awaitAlert("API-1", a -> a.get("count").asLong() == 5);

		assertThat(alert.get("state").asString()).isEqualTo("OPEN");
		assertThat(alert.get("severity").asString()).isEqualTo("CRITICAL");
		assertThat(alert.get("detector").asString()).isEqualTo("limit");
		assertThat(alert.get("traceId").asString()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
		assertThat(alert.get("raises").asInt()).isEqualTo(1);
		assertThat(http().get("/api/v1/alerts?spacecraftId=API-1").json().get("count").asInt()).isEqualTo(1);
		assertThat(postgres.queryForLong("SELECT count(*) FROM alert_event WHERE event_id LIKE 'API-1/%'"))
			.isEqualTo(2);
	}

	@Test
	void operatorsAcknowledgeShelveAndClearAndNonsenseIsRefused() throws Exception {
		publish(AlertEvents.raised("API-2", Severity.CRITICAL));
		long id = awaitAlert("API-2", a -> true).get("id").asLong();
		String path = "/api/v1/alerts/" + id;

		Http.Response acknowledged = http().post(path + "/acknowledge", "{\"by\":\"ops\",\"comment\":\"on it\"}");
		assertThat(acknowledged.status()).isEqualTo(200);
		assertThat(acknowledged.json().get("state").asString()).isEqualTo("ACKNOWLEDGED");
		assertThat(acknowledged.json().get("acknowledged").get("by").asString()).isEqualTo("ops");
		assertThat(acknowledged.json().get("acknowledged").get("comment").asString()).isEqualTo("on it");

		Http.Response again = http().post(path + "/acknowledge", "{\"by\":\"ops\"}");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).startsWith("application/problem+json");
		assertThat(again.json().get("type").asString()).isEqualTo("urn:orbit:problem:alert-transition-not-allowed");

		Http.Response badShelf = http().post(path + "/shelve", "{\"by\":\"ops\",\"duration\":\"PT-5M\"}");
		assertThat(badShelf.status()).isEqualTo(422);
		assertThat(badShelf.json().get("errors").get(0).get("field").asString()).isEqualTo("duration");
		Http.Response noOperator = http().post(path + "/clear", "{\"comment\":\"who?\"}");
		assertThat(noOperator.status()).isEqualTo(422);
		assertThat(http().post(path + "/clear", "{\"by\":").status()).isEqualTo(400);
		assertThat(http().post(path + "/clear", "{\"by\":\"ops\",\"whom\":1}").status()).isEqualTo(400);
		assertThat(http().get(path).json().get("state").asString()).isEqualTo("ACKNOWLEDGED");

		Http.Response shelved = http().post(path + "/shelve", "{\"by\":\"ops\",\"duration\":\"PT30M\"}");
		assertThat(shelved.json().get("state").asString()).isEqualTo("SHELVED");
		assertThat(shelved.json().get("shelvedUntil").isNull()).isFalse();
		assertThat(http().post(path + "/unshelve", "{\"by\":\"ops\"}").json().get("state").asString())
			.isEqualTo("ACKNOWLEDGED");
		Http.Response cleared = http().post(path + "/clear", "{\"by\":\"ops\",\"comment\":\"fixed\"}");
		assertThat(cleared.json().get("state").asString()).isEqualTo("CLEARED");
		assertThat(http().post(path + "/clear", "{\"by\":\"ops\"}").status()).isEqualTo(409);
		assertThat(http().post("/api/v1/alerts/999999999/clear", "{\"by\":\"ops\"}").status()).isEqualTo(404);
	}

	@Test
	void anExpiredShelfIsLiftedAndTheConditionClearingClearsAnAlertUnlessItLatches() throws Exception {
		publish(AlertEvents.raised("API-3", Severity.WARNING));
		publish(AlertEvents.event(Change.RAISED, "API-4", "limit", Severity.WARNING, 0, 0, 1, true));
		long id = awaitAlert("API-3", a -> true).get("id").asLong();
		awaitAlert("API-4", a -> true);

		Http.Response shelved = http().post("/api/v1/alerts/" + id + "/shelve",
				"{\"by\":\"ops\",\"duration\":\"PT1S\"}");
		assertThat(shelved.status()).isEqualTo(200);
		assertThat(shelved.json().get("state").asString()).isEqualTo("SHELVED");
		assertThat(shelved.json().get("shelvedUntil").isNull()).isFalse();
		JsonNode lifted = awaitAlert("API-3", a -> a.get("state").asString().equals("OPEN"));
		assertThat(lifted.get("shelvedUntil").isNull()).isTrue();
		assertThat(lifted.get("shelved").get("by").asString()).isEqualTo("analyzer");
		assertThat(lifted.get("shelved").get("comment").asString()).isEqualTo("shelf expired");

		publish(AlertEvents.event(Change.CLEARED, "API-3", "limit", Severity.WARNING, 0, 1, 1, false));
		publish(AlertEvents.event(Change.CLEARED, "API-4", "limit", Severity.WARNING, 0, 1, 1, true));

		JsonNode plain = awaitAlert("API-3", a -> a.get("state").asString().equals("CLEARED"));
		assertThat(plain.get("cleared").get("by").asString()).isEqualTo("analyzer");
		JsonNode latched = awaitAlert("API-4", a -> !a.get("active").asBoolean());
		assertThat(latched.get("state").asString()).isEqualTo("OPEN");
	}

	@Test
	void listsAreFilteredPagedAndBounded() throws Exception {
		for (int i = 0; i < 3; i++) {
			publish(AlertEvents.event(Change.RAISED, "PAGE-1", "detector" + i, Severity.WARNING, 0, 0, 1, false));
		}
		await().atMost(Duration.ofSeconds(30))
			.until(() -> http().get("/api/v1/alerts?spacecraftId=PAGE-1").json().get("count").asInt() == 3);

		JsonNode first = http().get("/api/v1/alerts?spacecraftId=PAGE-1&state=open&limit=2").json();
		JsonNode second = http().get("/api/v1/alerts?spacecraftId=PAGE-1&limit=2&after=" + first.get("next").asString())
			.json();

		assertThat(first.get("count").asInt()).isEqualTo(2);
		assertThat(second.get("count").asInt()).isEqualTo(1);
		assertThat(second.get("next").isNull()).isTrue();
		assertThat(http().get("/api/v1/alerts?state=BROKEN").status()).isEqualTo(400);
		assertThat(http().get("/api/v1/alerts?limit=501").json().get("parameter").asString()).isEqualTo("limit");
		assertThat(http().get("/api/v1/alerts?after=x").status()).isEqualTo(400);
	}

	private JsonNode awaitAlert(String spacecraftId, java.util.function.Predicate<JsonNode> condition) {
		JsonNode[] found = new JsonNode[1];
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			JsonNode alerts = http().get("/api/v1/alerts?spacecraftId=" + spacecraftId).json().get("alerts");
			found[0] = alerts.isEmpty() ? null : alerts.get(0);
			return found[0] != null && condition.test(found[0]);
		});
		return found[0];
	}

	private void publish(AlertEvent event) throws Exception {
		this.kafka.send(alertsTopic, event.spacecraftId(), AnalyzerJson.MAPPER.writeValueAsBytes(event))
			.get(10, TimeUnit.SECONDS);
	}

}

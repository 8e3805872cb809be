package space.orbit.analyzer.alerts;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import space.orbit.analyzer.AnalyzerTestInfrastructure;
import space.orbit.analyzer.Severity;
import space.orbit.analyzer.alerts.AlertEvent.Change;
import space.orbit.test.Http;
import space.orbit.test.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The alert lifecycle on real brokers: events on the alerts topic become alerts in
 * PostgreSQL (once, however often delivered); operators act on them through the API, each
 * action recorded as done by the subject of the operator's token (ADR 0017), and a viewer
 * may read but not act; bad input and transitions that make no sense are refused with the
 * contract's problems (ADR 0012), counted, and change nothing.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "orbit.analyzer.rules.seed-defaults=false")
class AlertsApiIT extends AnalyzerTestInfrastructure {

	@LocalServerPort
	private int port;

	@Autowired
	private KafkaTemplate<String, byte[]> kafka;

	@Autowired
	private MeterRegistry registry;

	private AlertsClient client;

	@BeforeEach
	void client() {
		this.client = new AlertsClient(this.port, this.kafka, alertsTopic);
	}

	@Test
	void anEventOpensAnAlertOnceAndRepeatsUpdateIt() throws Exception {
		AlertEvent raised = AlertEvents.raised("API-1", Severity.WARNING);
		this.client.publish(raised);
		this.client.publish(raised);
		this.client.publish(AlertEvents.event(Change.UPDATED, "API-1", "limit", Severity.CRITICAL, 0, 1, 5, false));

		JsonNode alert = this.client.awaitAlert("API-1", a -> a.get("count").asLong() == 5);

		assertThat(alert.get("state").asString()).isEqualTo("OPEN");
		assertThat(alert.get("severity").asString()).isEqualTo("CRITICAL");
		assertThat(alert.get("detector").asString()).isEqualTo("limit");
		assertThat(alert.get("traceId").asString()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
		assertThat(alert.get("raises").asInt()).isEqualTo(1);
		assertThat(this.client.alerts("API-1")).hasSize(1);
		assertThat(postgres.queryForLong("SELECT count(*) FROM alert_event WHERE event_id LIKE 'API-1/%'"))
			.isEqualTo(2);
	}

	@Test
	void operatorsAcknowledgeShelveUnshelveAndClearAsTheSubjectsOfTheirTokens() throws Exception {
		String path = "/api/v1/alerts/" + raise("API-2");
		Http ada = operator("ada@orbit.space");
		Http grace = operator("grace@orbit.space");

		// The console and the dashboard still send a name in 'by': accepted, and ignored.
		Http.Response acknowledged = ada.post(path + "/acknowledge", "{\"by\":\"ops\",\"comment\":\"on it\"}");
		assertThat(acknowledged.status()).isEqualTo(200);
		assertThat(acknowledged.json().get("state").asString()).isEqualTo("ACKNOWLEDGED");
		assertThat(acknowledged.json().get("acknowledged").get("by").asString()).isEqualTo("ada@orbit.space");
		assertThat(acknowledged.json().get("acknowledged").get("comment").asString()).isEqualTo("on it");
		JsonNode readBack = viewer().get(path).json();
		assertThat(readBack.get("state").asString()).isEqualTo("ACKNOWLEDGED");
		assertThat(readBack.get("acknowledged").get("by").asString()).isEqualTo("ada@orbit.space");

		Http.Response shelved = grace.post(path + "/shelve", "{\"duration\":\"PT30M\"}");
		assertThat(shelved.json().get("state").asString()).isEqualTo("SHELVED");
		assertThat(shelved.json().has("shelvedUntil")).isTrue();
		assertThat(shelved.json().get("shelved").get("by").asString()).isEqualTo("grace@orbit.space");
		assertThat(ada.post(path + "/unshelve", "{}").json().get("state").asString()).isEqualTo("ACKNOWLEDGED");
		Http.Response cleared = grace.post(path + "/clear", "{\"by\":\"ada@orbit.space\",\"comment\":\"fixed\"}");
		assertThat(cleared.json().get("state").asString()).isEqualTo("CLEARED");
		assertThat(cleared.json().get("cleared").get("comment").asString()).isEqualTo("fixed");

		JsonNode history = viewer().get(path).json();
		assertThat(history.get("acknowledged").get("by").asString()).isEqualTo("ada@orbit.space");
		assertThat(history.get("shelved").get("by").asString()).as("who lifted the shelf").isEqualTo("ada@orbit.space");
		assertThat(history.get("cleared").get("by").asString()).isEqualTo("grace@orbit.space");
		assertThat(history.get("cleared").get("comment").asString()).isEqualTo("fixed");
	}

	@Test
	void aViewerMayReadButNotActAndARefusedActionChangesNothing() throws Exception {
		String path = "/api/v1/alerts/" + raise("API-6");
		JsonNode before = viewer().get(path).json();
		assertThat(before.get("state").asString()).isEqualTo("OPEN");

		for (String[] action : new String[][] { { "acknowledge", "{\"comment\":\"on it\"}" },
				{ "shelve", "{\"duration\":\"PT30M\"}" }, { "unshelve", "{}" }, { "clear", "{}" } }) {
			Http.Response refused = viewer().post(path + "/" + action[0], action[1]);
			assertThat(refused.status()).as(action[0] + " as a viewer").isEqualTo(403);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.json().get("type").asString()).isEqualTo("urn:orbit:problem:forbidden");
			assertThat(refused.json().get("requiredRole").asString()).isEqualTo("operator");
			assertThat(new Http(this.port).post(path + "/" + action[0], action[1]).status())
				.as(action[0] + " without a token")
				.isEqualTo(401);
		}

		JsonNode after = viewer().get(path).json();
		assertThat(after).isEqualTo(before);
		assertThat(after.has("acknowledged")).isFalse();
		assertThat(after.has("shelved")).isFalse();
		assertThat(after.has("cleared")).isFalse();
		assertThat(new Http(this.port).get(path).status()).as("a read without a token").isEqualTo(401);
	}

	@Test
	void nonsenseIsRefusedWithTheContractsProblemsCountedAndChangesNothing() throws Exception {
		String path = "/api/v1/alerts/" + raise("API-5");
		operator().post(path + "/acknowledge", "{\"by\":\"ops\"}");
		double conflicts = rejected("conflict", "transition_not_allowed");

		Http.Response again = operator().post(path + "/acknowledge", "{\"by\":\"ops\"}");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).startsWith("application/problem+json");
		assertThat(again.json().get("type").asString()).isEqualTo("urn:orbit:problem:conflict");
		assertThat(again.json().get("reason").asString()).isEqualTo("transition_not_allowed");
		assertThat(again.json().get("state").asString()).isEqualTo("ACKNOWLEDGED");
		assertThat(rejected("conflict", "transition_not_allowed") - conflicts).isEqualTo(1);

		assertThat(pointers(operator().post(path + "/shelve", "{\"by\":\"ops\",\"duration\":\"PT-5M\"}")))
			.containsExactly("/duration");
		assertThat(pointers(
				operator().post(path + "/clear", "{\"comment\":\"" + "x".repeat(1_001) + "\",\"duration\":\"PT1M\"}")))
			.containsExactly("/comment", "/duration");
		assertThat(pointers(operator().post(path + "/clear", "{\"by\":\"ops\",\"whom\":1}"))).containsExactly("/whom");
		Http.Response malformed = operator().post(path + "/clear", "{\"by\":");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.json().get("type").asString()).isEqualTo("urn:orbit:problem:malformed-request");
		Http.Response missing = operator().post("/api/v1/alerts/999999999/clear", "{\"by\":\"ops\"}");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.json().get("type").asString()).isEqualTo("urn:orbit:problem:not-found");
		assertThat(viewer().get(path).json().get("state").asString()).isEqualTo("ACKNOWLEDGED");
	}

	@Test
	void anExpiredShelfIsLiftedAndTheConditionClearingClearsAnAlertUnlessItLatches() throws Exception {
		long id = raise("API-3");
		this.client.publish(AlertEvents.event(Change.RAISED, "API-4", "limit", Severity.WARNING, 0, 0, 1, true));
		this.client.awaitAlert("API-4", a -> true);

		Http.Response shelved = operator().post("/api/v1/alerts/" + id + "/shelve",
				"{\"by\":\"ops\",\"duration\":\"PT1S\"}");
		assertThat(shelved.status()).isEqualTo(200);
		assertThat(shelved.json().get("state").asString()).isEqualTo("SHELVED");
		assertThat(shelved.json().has("shelvedUntil")).isTrue();
		JsonNode lifted = this.client.awaitAlert("API-3", a -> a.get("state").asString().equals("OPEN"));
		assertThat(lifted.has("shelvedUntil")).isFalse();
		assertThat(lifted.get("shelved").get("by").asString()).isEqualTo("analyzer");
		assertThat(lifted.get("shelved").get("comment").asString()).isEqualTo("shelf expired");

		this.client.publish(AlertEvents.event(Change.CLEARED, "API-3", "limit", Severity.WARNING, 0, 1, 1, false));
		this.client.publish(AlertEvents.event(Change.CLEARED, "API-4", "limit", Severity.WARNING, 0, 1, 1, true));

		JsonNode plain = this.client.awaitAlert("API-3", a -> a.get("state").asString().equals("CLEARED"));
		assertThat(plain.get("cleared").get("by").asString()).isEqualTo("analyzer");
		JsonNode latched = this.client.awaitAlert("API-4", a -> !a.get("active").asBoolean());
		assertThat(latched.get("state").asString()).isEqualTo("OPEN");
	}

	@Test
	void listsAreFilteredKeysetPagedAndBounded() throws Exception {
		for (int i = 0; i < 3; i++) {
			this.client
				.publish(AlertEvents.event(Change.RAISED, "PAGE-1", "detector" + i, Severity.WARNING, 0, 0, 1, false));
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> this.client.alerts("PAGE-1").size() == 3);

		JsonNode first = viewer().get("/api/v1/alerts?spacecraftId=PAGE-1&state=open&limit=2").json();
		JsonNode second = viewer()
			.get("/api/v1/alerts?spacecraftId=PAGE-1&state=open&limit=2&after=" + first.get("next").asString())
			.json();

		List<Long> ids = List.of(first.get("items").get(0).get("id").asLong(),
				first.get("items").get(1).get("id").asLong(), second.get("items").get(0).get("id").asLong());
		assertThat(ids).isSortedAccordingTo((a, b) -> Long.compare(b, a)).doesNotHaveDuplicates();
		assertThat(second.get("items")).hasSize(1);
		assertThat(second.has("next")).isFalse();
		Http.Response tooMany = viewer().get("/api/v1/alerts?limit=501");
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.json().get("type").asString()).isEqualTo("urn:orbit:problem:invalid-parameter");
		assertThat(tooMany.json().get("maximum").asInt()).isEqualTo(500);
		assertThat(parameters(viewer().get("/api/v1/alerts?state=BROKEN"))).containsExactly("state");
		assertThat(parameters(viewer().get("/api/v1/alerts?after=x"))).containsExactly("after");
	}

	/** Raises an alert for a spacecraft; its id once it is open. */
	private long raise(String spacecraftId) throws Exception {
		this.client.publish(AlertEvents.raised(spacecraftId, Severity.CRITICAL));
		return this.client.awaitAlert(spacecraftId, a -> true).get("id").asLong();
	}

	private Http viewer() {
		return new Http(this.port).as("viewer");
	}

	private Http operator() {
		return new Http(this.port).as("operator");
	}

	/** An operator whose token names {@code subject}. */
	private Http operator(String subject) {
		return new Http(this.port).withToken(TestIssuer.shared().token(subject, "operator"));
	}

	private double rejected(String type, String reason) {
		Counter counter = this.registry.find("orbit.requests.rejected").tags("type", type, "reason", reason).counter();
		return (counter != null) ? counter.count() : 0;
	}

	private static List<String> pointers(Http.Response refused) {
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("type").asString()).isEqualTo("urn:orbit:problem:invalid-request");
		return refused.json().get("errors").valueStream().map(e -> e.get("pointer").asString()).toList();
	}

	private static List<String> parameters(Http.Response refused) {
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("type").asString()).isEqualTo("urn:orbit:problem:invalid-parameter");
		return refused.json().get("errors").valueStream().map(e -> e.get("parameter").asString()).toList();
	}

}

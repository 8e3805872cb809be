package space.orbit.analyzer.alerts;

import java.time.Duration;
import java.util.List;

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
 * The alert workbench on real brokers (ADR 0020): alerts assigned, tagged and commented
 * by the subjects of operators' tokens, listed by assignee and tag, acted on many at once
 * (each alert done or refused on its own), and every action, the operators' and the
 * analyzer's own, in the alert's action log; bad input is refused whole and changes
 * nothing.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "orbit.analyzer.rules.seed-defaults=false")
class AlertWorkbenchIT extends AnalyzerTestInfrastructure {

	@LocalServerPort
	private int port;

	@Autowired
	private KafkaTemplate<String, byte[]> kafka;

	private AlertsClient client;

	@BeforeEach
	void client() {
		this.client = new AlertsClient(this.port, this.kafka, alertsTopic);
	}

	@Test
	void theLogRecordsWhoDidWhatWhenAndWhyWithTheStatesBeforeAndAfter() throws Exception {
		long id = raise("WB-1", Severity.WARNING);
		String path = "/api/v1/alerts/" + id;
		Http ada = operator("ada@orbit.space");
		Http grace = operator("grace@orbit.space");

		JsonNode assigned = ada.post(path + "/assign", "{\"assignee\":\"me\",\"comment\":\"mine\"}").json();
		assertThat(assigned.get("assignee").asString()).isEqualTo("ada@orbit.space");
		JsonNode tagged = grace.post(path + "/tags", "{\"add\":[\"thermal\",\"eps\"],\"comment\":\"two labels\"}")
			.json();
		assertThat(tagged.get("tags").valueStream().map(JsonNode::asString)).containsExactly("eps", "thermal");
		assertThat(grace.post(path + "/tags", "{\"remove\":[\"eps\"]}").json().get("tags").size()).isEqualTo(1);
		JsonNode commented = grace.post(path + "/comment", "{\"comment\":\"seen last pass too\"}").json();
		assertThat(commented.get("state").asString()).as("a comment changes no state").isEqualTo("OPEN");
		ada.post(path + "/acknowledge", "{\"comment\":\"on it\"}");
		// The condition escalates: the analyzer re-opens the acknowledged alert.
		this.client.publish(AlertEvents.event(Change.UPDATED, "WB-1", "limit", Severity.CRITICAL, 0, 1, 2, false));
		this.client.awaitAlert("WB-1", (a) -> a.get("state").asString().equals("OPEN"));
		ada.post(path + "/shelve", "{\"duration\":\"PT1S\",\"comment\":\"until the pass ends\"}");
		this.client.awaitAlert("WB-1", (a) -> a.get("state").asString().equals("OPEN"));
		this.client.publish(AlertEvents.event(Change.CLEARED, "WB-1", "limit", Severity.CRITICAL, 0, 2, 2, false));
		this.client.awaitAlert("WB-1", (a) -> a.get("state").asString().equals("CLEARED"));

		List<JsonNode> log = log(id);
		assertThat(log).extracting((e) -> e.get("action").asString())
			.containsExactly("RAISED", "ASSIGNED", "TAGGED", "TAGGED", "COMMENTED", "ACKNOWLEDGED", "REOPENED",
					"SHELVED", "SHELF_EXPIRED", "CLEARED");
		assertThat(log).extracting((e) -> e.get("by").asString())
			.containsExactly("analyzer", "ada@orbit.space", "grace@orbit.space", "grace@orbit.space",
					"grace@orbit.space", "ada@orbit.space", "analyzer", "ada@orbit.space", "analyzer", "analyzer");
		assertThat(log).extracting((e) -> e.path("stateBefore").asString(""))
			.containsExactly("", "OPEN", "OPEN", "OPEN", "OPEN", "OPEN", "ACKNOWLEDGED", "OPEN", "SHELVED", "OPEN");
		assertThat(log).extracting((e) -> e.get("stateAfter").asString())
			.containsExactly("OPEN", "OPEN", "OPEN", "OPEN", "OPEN", "ACKNOWLEDGED", "OPEN", "SHELVED", "OPEN",
					"CLEARED");
		assertThat(log.get(1).get("detail").asString()).isEqualTo("to ada@orbit.space");
		assertThat(log.get(2).get("detail").asString()).isEqualTo("+thermal +eps");
		assertThat(log.get(4).get("comment").asString()).isEqualTo("seen last pass too");
		assertThat(log.get(5).get("comment").asString()).isEqualTo("on it");
		assertThat(log.get(6).get("detail").asString()).startsWith("WARNING to CRITICAL");
		assertThat(log.get(7).get("detail").asString()).startsWith("for PT1S, until ");
		assertThat(log).extracting((e) -> e.get("id").asLong()).isSorted();

		JsonNode firstPage = viewer().get(path + "/actions?limit=4").json();
		JsonNode rest = viewer().get(path + "/actions?limit=100&after=" + firstPage.get("next").asString()).json();
		assertThat(firstPage.get("items").size() + rest.get("items").size()).isEqualTo(log.size());
		assertThat(rest.get("items").get(0).get("action").asString()).isEqualTo("COMMENTED");
	}

	@Test
	void alertsAreListedByAssigneeAndTag() throws Exception {
		long mine = raise("WB-2", Severity.WARNING);
		long hers = raise("WB-3", Severity.WARNING);
		operator("lin@orbit.space").post("/api/v1/alerts/" + mine + "/assign", "{\"assignee\":\"me\"}");
		operator("lin@orbit.space").post("/api/v1/alerts/" + hers + "/assign", "{\"assignee\":\"grace@orbit.space\"}");
		operator().post("/api/v1/alerts/" + hers + "/tags", "{\"add\":[\"wb-filter\"]}");

		assertThat(ids(viewer().get("/api/v1/alerts?assignee=lin@orbit.space"))).containsExactly(mine);
		assertThat(ids(operator("lin@orbit.space").get("/api/v1/alerts?assignee=me"))).containsExactly(mine);
		assertThat(ids(viewer().get("/api/v1/alerts?tag=wb-filter"))).containsExactly(hers);
		assertThat(ids(viewer().get("/api/v1/alerts?tag=wb-filter&assignee=lin@orbit.space"))).isEmpty();
		assertThat(ids(viewer().get("/api/v1/alerts?tag=wb-filter&severity=warning"))).containsExactly(hers);
		assertThat(ids(viewer().get("/api/v1/alerts?tag=wb-filter&severity=CRITICAL"))).isEmpty();
		Http.Response badSeverity = viewer().get("/api/v1/alerts?severity=LOUD");
		assertThat(badSeverity.status()).isEqualTo(400);
		assertThat(badSeverity.json().get("type").asString()).isEqualTo("urn:orbit:problem:invalid-parameter");
	}

	@Test
	void manyAtOnceEachDoneOrRefusedOnItsOwn() throws Exception {
		long a = raise("WB-4", Severity.WARNING);
		long cleared = raise("WB-5", Severity.WARNING);
		long b = raise("WB-6", Severity.WARNING);
		operator().post("/api/v1/alerts/" + cleared + "/clear", "{\"comment\":\"done\"}");

		Http.Response response = operator("ada@orbit.space").post("/api/v1/alerts/actions",
				"{\"ids\":[%d,%d,%d,999999999],\"action\":\"acknowledge\",\"comment\":\"all seen\"}".formatted(a,
						cleared, b));

		assertThat(response.status()).isEqualTo(200);
		JsonNode result = response.json();
		assertThat(result.get("done").asInt()).isEqualTo(2);
		assertThat(result.get("refused").asInt()).isEqualTo(2);
		JsonNode results = result.get("results");
		assertThat(results.valueStream().map((r) -> r.get("id").asLong())).containsExactly(a, cleared, b, 999999999L);
		assertThat(results.get(0).get("outcome").asString()).isEqualTo("done");
		assertThat(results.get(0).get("alert").get("state").asString()).isEqualTo("ACKNOWLEDGED");
		assertThat(results.get(1).get("outcome").asString()).isEqualTo("refused");
		assertThat(results.get(1).get("problem").get("status").asInt()).isEqualTo(409);
		assertThat(results.get(1).get("problem").get("reason").asString()).isEqualTo("transition_not_allowed");
		assertThat(results.get(1).get("problem").get("state").asString()).isEqualTo("CLEARED");
		assertThat(results.get(3).get("problem").get("type").asString()).isEqualTo("urn:orbit:problem:not-found");
		for (long id : List.of(a, b)) {
			JsonNode alert = viewer().get("/api/v1/alerts/" + id).json();
			assertThat(alert.get("state").asString()).isEqualTo("ACKNOWLEDGED");
			assertThat(alert.get("acknowledged").get("by").asString()).isEqualTo("ada@orbit.space");
			assertThat(log(id).get(1).get("comment").asString()).isEqualTo("all seen");
		}
		assertThat(log(cleared)).extracting((e) -> e.get("action").asString()).containsExactly("RAISED", "CLEARED");

		JsonNode tagged = operator()
			.post("/api/v1/alerts/actions",
					"{\"ids\":[%d,%d],\"action\":\"tag\",\"add\":[\"battery\"]}".formatted(a, cleared))
			.json();
		assertThat(tagged.get("done").asInt()).as("a cleared alert is tagged for the record").isEqualTo(2);
		assertThat(ids(viewer().get("/api/v1/alerts?tag=battery"))).containsExactlyInAnyOrder(a, cleared);
	}

	@Test
	void badInputIsRefusedWholeWithTheContractsProblemsAndChangesNothing() throws Exception {
		long id = raise("WB-7", Severity.WARNING);
		String path = "/api/v1/alerts/" + id;
		JsonNode before = viewer().get(path).json();

		assertThat(pointers(operator().post("/api/v1/alerts/actions",
				"{\"ids\":[],\"action\":\"tag\",\"add\":[\"Thermal\",\"ok\"],\"assignee\":\"x\"}")))
			.containsExactly("/ids", "/assignee", "/add/0");
		assertThat(pointers(
				operator().post("/api/v1/alerts/actions", "{\"ids\":[%d],\"action\":\"shout\"}".formatted(id))))
			.containsExactly("/action");
		assertThat(pointers(
				operator().post("/api/v1/alerts/actions", "{\"ids\":[%d,%d],\"action\":\"shelve\"}".formatted(id, id))))
			.containsExactly("/ids", "/duration");
		assertThat(pointers(operator().post(path + "/tags", "{\"add\":[\"" + "x".repeat(33) + "\"]}")))
			.containsExactly("/add/0");
		assertThat(pointers(operator().post(path + "/tags", "{}"))).containsExactly("/add");
		// A null tag (found by ApiFuzzIT: it was a 500).
		assertThat(pointers(operator().post("/api/v1/alerts/actions",
				"{\"ids\":[%d],\"action\":\"tag\",\"add\":[null]}".formatted(id))))
			.containsExactly("/add/0");
		assertThat(pointers(operator().post(path + "/tags", "{\"add\":[\"a\"],\"remove\":[null]}")))
			.containsExactly("/remove/0");
		assertThat(pointers(operator().post(path + "/tags", "{\"add\":[\"a\"],\"remove\":[\"a\"]}")))
			.containsExactly("/remove");
		assertThat(pointers(operator().post(path + "/assign", "{\"assignee\":\"  \"}"))).containsExactly("/assignee");
		assertThat(pointers(operator().post(path + "/comment", "{\"comment\":\" \"}"))).containsExactly("/comment");
		assertThat(pointers(operator().post(path + "/comment", "{\"comment\":\"x\",\"duration\":\"PT1M\"}")))
			.containsExactly("/duration");
		String eleven = "{\"add\":[\"t0\",\"t1\",\"t2\",\"t3\",\"t4\",\"t5\",\"t6\",\"t7\",\"t8\",\"t9\",\"t10\"]}";
		assertThat(pointers(operator().post(path + "/tags", eleven))).containsExactly("/add");
		Http.Response malformed = operator().post("/api/v1/alerts/actions", "{\"ids\":[1,");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.contentType()).startsWith("application/problem+json");
		assertThat(
				viewer().post("/api/v1/alerts/actions", "{\"ids\":[%d],\"action\":\"clear\"}".formatted(id)).status())
			.isEqualTo(403);
		assertThat(viewer().post(path + "/assign", "{\"assignee\":\"me\"}").status()).isEqualTo(403);
		assertThat(viewer().get("/api/v1/alerts/999999999/actions").status()).isEqualTo(404);
		assertThat(new Http(this.port).get(path + "/actions").status()).isEqualTo(401);

		assertThat(viewer().get(path).json()).isEqualTo(before);
		assertThat(log(id)).hasSize(1);

		// Ten tags are allowed; an eleventh, in another request, is refused for this
		// alert.
		operator().post(path + "/tags", eleven.replace(",\"t10\"", ""));
		assertThat(pointers(operator().post(path + "/tags", "{\"add\":[\"t10\"]}"))).containsExactly("/add");
		operator().post(path + "/clear", "{}");
		Http.Response assignCleared = operator().post(path + "/assign", "{\"assignee\":\"ada@orbit.space\"}");
		assertThat(assignCleared.status()).isEqualTo(409);
		assertThat(assignCleared.json().get("reason").asString()).isEqualTo("transition_not_allowed");
		assertThat(viewer().get(path).json().has("assignee")).isFalse();
		assertThat(log(id)).extracting((e) -> e.get("action").asString())
			.containsExactly("RAISED", "TAGGED", "CLEARED");
	}

	private long raise(String spacecraftId, Severity severity) throws Exception {
		this.client.publish(AlertEvents.raised(spacecraftId, severity));
		return this.client.awaitAlert(spacecraftId, (a) -> true).get("id").asLong();
	}

	private List<JsonNode> log(long id) {
		Http.Response response = viewer().get("/api/v1/alerts/" + id + "/actions?limit=500");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().get("items").valueStream().toList();
	}

	private static List<Long> ids(Http.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().get("items").valueStream().map((a) -> a.get("id").asLong()).toList();
	}

	private Http viewer() {
		return new Http(this.port).as("viewer");
	}

	private Http operator() {
		return new Http(this.port).as("operator");
	}

	private Http operator(String subject) {
		return new Http(this.port).withToken(TestIssuer.shared().token(subject, "operator"));
	}

	private static List<String> pointers(Http.Response refused) {
		assertThat(refused.status()).as(refused.body()).isEqualTo(422);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().get("type").asString()).isEqualTo("urn:orbit:problem:invalid-request");
		return refused.json().get("errors").valueStream().map((e) -> e.get("pointer").asString()).toList();
	}

}

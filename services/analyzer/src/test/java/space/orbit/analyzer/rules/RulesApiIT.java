package space.orbit.analyzer.rules;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;
import space.orbit.analyzer.AnalyzerJson;
import space.orbit.analyzer.AnalyzerTestInfrastructure;
import space.orbit.test.Http;
import space.orbit.test.TestIssuer;
import space.orbit.test.TestKafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The rules API on real brokers: the defaults are seeded and published; a PUT is
 * validated, stored and published to the compacted topic; bad rules are refused with
 * every violation and change nothing; a DELETE publishes a tombstone. Reading needs the
 * role viewer, a change admin, and a change records the subject of the admin's token (ADR
 * 0017).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RulesApiIT extends AnalyzerTestInfrastructure {

	private static final String RULE = """
			{"parameter":"PROP.TANK.PRESSURE","spacecraftId":"ORB-9","latching":true,
			 "limits":{"warningHigh":25.0,"criticalHigh":28.0,"hysteresis":0.5},
			 "staleness":{"timeout":"PT10S"}}""";

	private static final String DIRECTOR = "flight-director@orbit.space";

	@LocalServerPort
	private int port;

	@Autowired
	private RuleStartup startup;

	@Autowired
	private RuleRepository repository;

	@Autowired
	private TransactionTemplate transactions;

	/**
	 * An admin whose token names the flight director; the header it also sends (the
	 * console's) decides nothing.
	 */
	private Http http() {
		return new Http(this.port).withToken(TestIssuer.shared().token(DIRECTOR, "admin"))
			.withHeader("X-Orbit-User", "someone-else");
	}

	@Test
	void theDefaultsAreSeededServedAndPublished() {
		List<String> ids = new ArrayList<>();
		String after = null;
		do {
			JsonNode page = http().get("/api/v1/rules?limit=10" + ((after != null) ? "&after=" + after : "")).json();
			assertThat(page.get("items").size()).isBetween(1, 10);
			page.get("items").forEach(rule -> ids.add(rule.get("id").asString()));
			after = page.has("next") ? page.get("next").asString() : null;
		}
		while (after != null);
		assertThat(ids).isSorted()
			.doesNotHaveDuplicates()
			.containsAll(RuleStartup.defaults().stream().map(Rule::id).toList());

		JsonNode battery = http().get("/api/v1/rules/eps-battery-voltage").json();
		assertThat(battery.get("parameter").asString()).isEqualTo("EPS.BATTERY.VOLTAGE");
		assertThat(battery.get("stuck").get("samples").asInt()).isEqualTo(6);
		assertThat(battery.has("limits")).as("its limits are the mission database's (ADR 0023)").isFalse();
		assertThat(battery.get("updatedBy").asString()).isEqualTo("defaults");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> http().get("/api/v1/rules/eps-battery-voltage").json().get("published").asBoolean());
		assertThat(published("eps-battery-voltage")).isNotNull();
	}

	@Test
	void aPutIsStoredVersionedAndPublishedAndADeletePublishesATombstone() {
		Http.Response created = http().put("/api/v1/rules/tank-pressure", RULE);
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("version").asLong()).isEqualTo(1);
		assertThat(created.json().get("updatedBy").asString()).isEqualTo(DIRECTOR);
		assertThat(created.json().get("published").asBoolean()).isTrue();
		Rule onTopic = AnalyzerJson.MAPPER.readValue(published("tank-pressure").value(), Rule.class);
		assertThat(onTopic.limits().criticalHigh()).isEqualTo(28.0);
		assertThat(onTopic.latching()).isTrue();

		assertThat(http().put("/api/v1/rules/tank-pressure", RULE).json().get("version").asLong()).isEqualTo(1);
		Http.Response changed = http().put("/api/v1/rules/tank-pressure", RULE.replace("28.0", "29.0"));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().get("version").asLong()).isEqualTo(2);
		Http other = new Http(this.port).withToken(TestIssuer.shared().token("ada@orbit.space", "admin"));
		assertThat(other.put("/api/v1/rules/tank-pressure", RULE).json().get("updatedBy").asString())
			.isEqualTo("ada@orbit.space");
		assertThat(
				new Http(this.port).as("viewer").get("/api/v1/rules/tank-pressure").json().get("updatedBy").asString())
			.isEqualTo("ada@orbit.space");

		assertThat(http().delete("/api/v1/rules/tank-pressure").status()).isEqualTo(204);
		assertThat(http().get("/api/v1/rules/tank-pressure").status()).isEqualTo(404);
		assertThat(http().delete("/api/v1/rules/tank-pressure").status()).isEqualTo(404);
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			ConsumerRecord<String, byte[]> last = published("tank-pressure");
			return last != null && last.value() == null;
		});
	}

	@Test
	void onlyAnAdminChangesARuleAndARefusedChangeChangesNothing() {
		assertThat(http().put("/api/v1/rules/guarded", RULE).status()).isEqualTo(201);
		Http viewer = new Http(this.port).as("viewer");
		Http operator = new Http(this.port).as("operator");
		JsonNode before = viewer.get("/api/v1/rules/guarded").json();

		for (Http.Response refused : List.of(operator.put("/api/v1/rules/guarded", RULE.replace("28.0", "99.0")),
				viewer.put("/api/v1/rules/guarded", RULE.replace("28.0", "99.0")),
				operator.put("/api/v1/rules/not-there-yet", RULE), operator.delete("/api/v1/rules/guarded"),
				viewer.delete("/api/v1/rules/guarded"))) {
			assertThat(refused.status()).isEqualTo(403);
			assertThat(refused.json().get("type").asString()).isEqualTo("urn:orbit:problem:forbidden");
			assertThat(refused.json().get("requiredRole").asString()).isEqualTo("admin");
		}
		assertThat(new Http(this.port).put("/api/v1/rules/guarded", RULE).status()).isEqualTo(401);
		assertThat(new Http(this.port).get("/api/v1/rules/guarded").status()).isEqualTo(401);

		JsonNode after = operator.get("/api/v1/rules/guarded").json();
		for (String field : List.of("version", "updatedAt", "updatedBy", "limits")) {
			assertThat(after.get(field)).as(field).isEqualTo(before.get(field));
		}
		assertThat(before.get("limits").get("criticalHigh").asDouble()).isEqualTo(28.0);
		assertThat(before.get("updatedBy").asString()).isEqualTo(DIRECTOR);
		assertThat(viewer.get("/api/v1/rules/not-there-yet").status()).isEqualTo(404);
	}

	@Test
	void anInvalidRuleIsRefusedWithEveryViolationAndChangesNothing() {
		http().put("/api/v1/rules/bus-voltage",
				"{\"parameter\":\"EPS.BUS.VOLTAGE\",\"limits\":{\"warningHigh\":28.5}}");

		Http.Response refused = http().put("/api/v1/rules/bus-voltage", """
				{"parameter":"EPS.BUS.VOLTAGE","limits":{"warningLow":29.0,"warningHigh":28.5},
				 "stuck":{"samples":1}}""");

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().get("type").asString()).isEqualTo("urn:orbit:problem:invalid-request");
		assertThat(refused.json().get("errors")).extracting(e -> e.get("pointer").asString())
			.containsExactly("/limits/warningHigh", "/stuck/samples");
		JsonNode stored = http().get("/api/v1/rules/bus-voltage").json();
		assertThat(stored.get("version").asLong()).isEqualTo(1);
		assertThat(stored.has("stuck")).isFalse();
		assertThat(
				pointers(http().put("/api/v1/rules/bus-voltage", "{\"parameter\":\"EPS.BUS.VOLTAGE\",\"limitz\":{}}")))
			.containsExactly("/limitz");
		assertThat(pointers(http().put("/api/v1/rules/Bad", "{\"parameter\":\"X\",\"limits\":{\"warningHigh\":1}}")))
			.containsExactly("/id");
		assertThat(pointers(
				http().put("/api/v1/rules/a", "{\"id\":\"b\",\"parameter\":\"X\",\"limits\":{\"warningHigh\":1}}")))
			.containsExactly("/id");
		assertThat(
				pointers(http().put("/api/v1/rules/a", "{\"parameter\":\"X\",\"staleness\":{\"timeout\":\"soon\"}}")))
			.containsExactly("/staleness/timeout");
		Http.Response noLimit = http().get("/api/v1/rules?limit=0");
		assertThat(noLimit.status()).isEqualTo(400);
		assertThat(noLimit.json().get("type").asString()).isEqualTo("urn:orbit:problem:invalid-parameter");
		assertThat(noLimit.json().get("maximum").asInt()).isEqualTo(1000);
		Http.Response missing = http().get("/api/v1/rules/nothing-here");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.json().get("type").asString()).isEqualTo("urn:orbit:problem:not-found");
	}

	@Test
	void aNewVersionsDefaultsReplaceTheStoredDefaultsNoOneChangedButNotAnOperatorsRule() {
		String olderZ = """
				{"id":"orbit-position-z","parameter":"ORBIT.POSITION.Z","description":"an older default",
				 "stuck":{"samples":4,"severity":"WARNING"}}""";
		String operatorsY = """
				{"id":"orbit-position-y","parameter":"ORBIT.POSITION.Y","description":"the flight director's",
				 "stuck":{"samples":9,"severity":"WARNING"}}""";
		RuleRecord originalY = this.repository.findById("orbit-position-y").orElseThrow();
		String originalYDefinition = originalY.definition;
		long zVersion = store("orbit-position-z", olderZ, RuleStartup.DEFAULTS_USER);
		long yVersion = store("orbit-position-y", operatorsY, "flight-director");
		try {
			this.startup.run(null);

			JsonNode z = http().get("/api/v1/rules/orbit-position-z").json();
			assertThat(z.get("stuck").get("minDuration").asString()).isEqualTo("PT3S");
			assertThat(z.get("version").asLong()).isEqualTo(zVersion + 1);
			assertThat(z.get("updatedBy").asString()).isEqualTo(RuleStartup.DEFAULTS_USER);
			JsonNode y = http().get("/api/v1/rules/orbit-position-y").json();
			assertThat(y.get("stuck").get("samples").asInt()).isEqualTo(9);
			assertThat(y.get("version").asLong()).isEqualTo(yVersion);
			await().atMost(Duration.ofSeconds(30))
				.until(() -> new String(published("orbit-position-z").value(), StandardCharsets.UTF_8)
					.contains("PT3S"));
		}
		finally {
			store("orbit-position-y", originalYDefinition, RuleStartup.DEFAULTS_USER);
			this.startup.run(null);
		}
	}

	@Test
	void aDefaultThisVersionNoLongerHasIsDeletedUnlessAnOperatorChangedIt() {
		// as an older version seeded them: limits only, now the mission database's
		String olderAltitude = """
				{"id":"orbit-altitude","parameter":"ORBIT.ALTITUDE","description":"Simulator defaults: limits.",
				 "limits":{"criticalLow":300.0,"warningLow":350.0,"hysteresis":1.55}}""";
		String operatorsCurrent = """
				{"id":"eps-sa-current","parameter":"EPS.SA.CURRENT","description":"the flight director's",
				 "limits":{"warningLow":0.5}}""";
		seed("orbit-altitude", olderAltitude, RuleStartup.DEFAULTS_USER);
		seed("eps-sa-current", operatorsCurrent, "flight-director");
		long altitudeVersion = this.repository.findById("orbit-altitude").orElseThrow().version;
		try {
			this.startup.run(null);

			assertThat(http().get("/api/v1/rules/orbit-altitude").status()).isEqualTo(404);
			RuleRecord altitude = this.repository.findById("orbit-altitude").orElseThrow();
			assertThat(altitude.deleted).isTrue();
			assertThat(altitude.version).isEqualTo(altitudeVersion + 1);
			await().atMost(Duration.ofSeconds(30)).until(() -> published("orbit-altitude").value() == null);
			JsonNode current = http().get("/api/v1/rules/eps-sa-current").json();
			assertThat(current.get("limits").get("warningLow").asDouble()).isEqualTo(0.5);
			assertThat(current.get("updatedBy").asString()).isEqualTo("flight-director");
		}
		finally {
			assertThat(http().delete("/api/v1/rules/eps-sa-current").status()).isIn(200, 204);
		}
	}

	/** Inserts a rule's row as an older version or an operator would have written it. */
	private void seed(String id, String definition, String updatedBy) {
		this.transactions.executeWithoutResult((status) -> {
			RuleRecord record = new RuleRecord(id);
			record.definition = definition;
			record.version = 1;
			record.updatedAt = java.time.Instant.now();
			record.updatedBy = updatedBy;
			this.repository.save(record);
		});
	}

	/**
	 * Writes a rule's row as an older version or an operator would have: its new version.
	 */
	private long store(String id, String definition, String updatedBy) {
		return this.transactions.execute((status) -> {
			RuleRecord record = this.repository.findById(id).orElseThrow();
			record.definition = definition;
			record.updatedBy = updatedBy;
			record.version++;
			this.repository.save(record);
			return record.version;
		});
	}

	private static List<String> pointers(Http.Response refused) {
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("type").asString()).isEqualTo("urn:orbit:problem:invalid-request");
		return refused.json().get("errors").valueStream().map(e -> e.get("pointer").asString()).toList();
	}

	/** The latest record of a rule on the rules topic, or null. */
	private static ConsumerRecord<String, byte[]> published(String id) {
		List<ConsumerRecord<String, byte[]>> records = TestKafka.readUntil(rulesTopic,
				read -> read.stream().anyMatch(r -> r.key().equals(id)), Duration.ofSeconds(15));
		return records.stream().filter(r -> r.key().equals(id)).reduce((a, b) -> b).orElse(null);
	}

}

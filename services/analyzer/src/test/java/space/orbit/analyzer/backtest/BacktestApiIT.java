package space.orbit.analyzer.backtest;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import space.orbit.analyzer.AnalyzerTestInfrastructure;
import space.orbit.test.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/rules/backtest} against a stand-in of the enricher's archive API
 * (an HTTP server, not a broker; the e2e ConsoleBrowserIT runs the real enricher): a
 * disabled rule replayed over paged samples answers the alerts the live detectors would
 * raise and writes nothing; the caller's token goes to the enricher; bad input is 422 at
 * the field; the enricher slow or down is a 503 naming it and its setting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "orbit.analyzer.rules.seed-defaults=false", "orbit.analyzer.backtest.enricher-timeout=1s" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BacktestApiIT extends AnalyzerTestInfrastructure {

	private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

	private static final EnricherStandIn enricher = standIn();

	private static final String RULE = """
			{"id":"tank-backtest","parameter":"PROP.TANK.PRESSURE","enabled":false,
			 "limits":{"warningHigh":25.0,"criticalHigh":28.0,"hysteresis":0.5}}""";

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void enricherUrl(DynamicPropertyRegistry registry) {
		registry.add("orbit.analyzer.enricher-url", enricher::url);
	}

	private static EnricherStandIn standIn() {
		try {
			EnricherStandIn standIn = new EnricherStandIn();
			double[] pressures = { 20, 21, 26, 29, 27, 24.6, 24, 22, 30 };
			for (int i = 0; i < pressures.length; i++) {
				standIn.add("ORB-7", "PROP.TANK.PRESSURE", T0.plusSeconds(i), i, Double.toString(pressures[i]));
			}
			standIn.add("ORB-7", "PROP.LINE.TEMP", T0.plusSeconds(1), 1, "31");
			return standIn;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@AfterAll
	static void stopTheStandIn() {
		enricher.close();
	}

	private Http operator() {
		return new Http(this.port).as("operator");
	}

	private static String backtest(String rule, String more) {
		return "{\"rule\":" + rule + ",\"from\":\"" + T0 + "\",\"to\":\"" + T0.plusSeconds(3600) + "\"" + more + "}";
	}

	@Test
	@Order(1)
	void aDisabledRuleReplayedOverPagedSamplesAnswersItsAlertsAndWritesNothing() {
		Http.Response answer = operator().post("/api/v1/rules/backtest", backtest(RULE, ",\"spacecraftId\":\"ORB-7\""));

		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		JsonNode result = answer.json();
		assertThat(result.get("samples").asLong()).isEqualTo(9);
		assertThat(result.get("ruleId").asString()).isEqualTo("tank-backtest");
		List<String> alerts = new ArrayList<>();
		result.get("alerts")
			.forEach(alert -> alerts.add(alert.get("parameter").asString() + " " + alert.get("detector").asString()
					+ " " + alert.get("severity").asString() + " " + alert.get("firstSeen").asString() + ".."
					+ alert.get("lastSeen").asString() + " x" + alert.get("count").asLong() + " active="
					+ alert.get("active").asBoolean()));
		// 26 raises (warning), 29 escalates, 27 drops back to warning, 24.6 stays a
		// warning
		// (within the hysteresis of 25), 24 clears; 30 raises again, still there at the
		// end
		assertThat(alerts).containsExactly(
				"PROP.TANK.PRESSURE limit CRITICAL 2026-11-21T10:00:02Z..2026-11-21T10:00:06Z x4 active=false",
				"PROP.TANK.PRESSURE limit CRITICAL 2026-11-21T10:00:08Z..2026-11-21T10:00:08Z x1 active=true");
		assertThat(result.get("alerts").get(1).get("value").asDouble()).isEqualTo(30.0);
		assertThat(enricher.authorizations).isNotEmpty().allMatch(header -> header.startsWith("Bearer ey"));

		Http viewer = new Http(this.port).as("viewer");
		assertThat(viewer.get("/api/v1/alerts?spacecraftId=ORB-7").json().get("items").size()).isZero();
		assertThat(viewer.get("/api/v1/rules/tank-backtest").status()).isEqualTo(404);
	}

	@Test
	@Order(2)
	void aPatternRuleReadsTheParametersListedThatItMatches() {
		String rule = """
				{"parameter":"PROP.*","spacecraftId":"ORB-7","limits":{"criticalHigh":30.0}}""";
		JsonNode result = operator()
			.post("/api/v1/rules/backtest",
					backtest(rule, ",\"parameters\":[\"PROP.TANK.PRESSURE\",\"PROP.LINE.TEMP\"]"))
			.json();

		assertThat(result.get("ruleId").asString()).isEqualTo("backtest");
		assertThat(result.get("samples").asLong()).isEqualTo(10);
		assertThat(result.get("alerts").size()).isEqualTo(1);
		assertThat(result.get("alerts").get(0).get("parameter").asString()).isEqualTo("PROP.LINE.TEMP");
		assertThat(result.get("alerts").get(0).get("value").asDouble()).isEqualTo(31.0);
	}

	@Test
	@Order(3)
	void aSpanWithNothingToRaiseAnswersNoAlerts() {
		String quiet = "{\"rule\":" + RULE + ",\"spacecraftId\":\"ORB-7\",\"from\":\"" + T0 + "\",\"to\":\""
				+ T0.plusSeconds(2) + "\"}";
		JsonNode result = operator().post("/api/v1/rules/backtest", quiet).json();

		assertThat(result.get("samples").asLong()).isEqualTo(2);
		assertThat(result.get("alerts").size()).isZero();
	}

	@Test
	@Order(4)
	void badInputIsRefusedAtTheFieldWithoutAskingTheEnricher() {
		int asked = enricher.authorizations.size();
		Http.Response badRule = operator().post("/api/v1/rules/backtest",
				backtest(RULE.replace("25.0", "29.0"), ",\"spacecraftId\":\"ORB-7\""));
		assertThat(badRule.status()).isEqualTo(422);
		assertThat(pointers(badRule)).containsExactly("/rule/limits/criticalHigh");

		Http.Response noSpacecraft = operator().post("/api/v1/rules/backtest", backtest(RULE, ""));
		assertThat(noSpacecraft.status()).isEqualTo(422);
		assertThat(pointers(noSpacecraft)).containsExactly("/spacecraftId");

		String week = "{\"rule\":" + RULE + ",\"spacecraftId\":\"ORB-7\",\"from\":\"" + T0 + "\",\"to\":\""
				+ T0.plusSeconds(8 * 86_400) + "\"}";
		assertThat(pointers(operator().post("/api/v1/rules/backtest", week))).containsExactly("/to");

		String pattern = """
				{"parameter":"PROP.*","limits":{"criticalHigh":30.0}}""";
		assertThat(pointers(operator().post("/api/v1/rules/backtest",
				backtest(pattern, ",\"spacecraftId\":\"ORB-7\",\"parameters\":[\"EPS.BATTERY.VOLTAGE\"]"))))
			.containsExactly("/parameters/0");
		assertThat(
				pointers(operator().post("/api/v1/rules/backtest", backtest(pattern, ",\"spacecraftId\":\"ORB-7\""))))
			.containsExactly("/parameters");

		assertThat(new Http(this.port).as("viewer")
			.post("/api/v1/rules/backtest", backtest(RULE, ",\"spacecraftId\":\"ORB-7\""))
			.status()).isEqualTo(403);
		assertThat(enricher.authorizations).hasSize(asked);
	}

	@Test
	@Order(5)
	void anEnricherTooSlowIsA503NamingItsSetting() {
		Http.Response slow = operator().post("/api/v1/rules/backtest", backtest(RULE, ",\"spacecraftId\":\"SLOW\""));

		assertThat(slow.status()).isEqualTo(503);
		assertThat(slow.json().get("dependency").asString()).isEqualTo("enricher");
		assertThat(slow.json().get("detail").asString()).contains(enricher.url(), "orbit.analyzer.enricher-url",
				"did not answer within 1 s");
	}

	@Test
	@Order(6)
	void anEnricherDownIsA503NamingItsSetting() {
		enricher.close();
		Http.Response down = operator().post("/api/v1/rules/backtest", backtest(RULE, ",\"spacecraftId\":\"ORB-7\""));

		assertThat(down.status()).isEqualTo(503);
		assertThat(down.contentType()).startsWith("application/problem+json");
		assertThat(down.json().get("dependency").asString()).isEqualTo("enricher");
		assertThat(down.json().get("detail").asString()).contains(enricher.url(), "ORBIT_ENRICHER_URL",
				"does not answer");
	}

	private static List<String> pointers(Http.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(422);
		List<String> pointers = new ArrayList<>();
		response.json().get("errors").forEach(error -> pointers.add(error.get("pointer").asString()));
		return pointers;
	}

}

package space.orbit.analyzer;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import space.orbit.analyzer.alerts.AlertEvent;
import space.orbit.test.ApiDocument;
import space.orbit.test.Http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The analyzer's API as documented (ADR 0012): it serves {@code docs/api/analyzer.json}
 * exactly, and accepts every request example in it. The examples act on alerts 1 to 3,
 * which the test raises first in this class's new schema.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "orbit.analyzer.rules.seed-defaults=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ApiDocumentIT extends AnalyzerTestInfrastructure {

	@LocalServerPort
	private int port;

	@Autowired
	private KafkaTemplate<String, byte[]> kafka;

	@Test
	void servesItsCommittedDocumentAndAcceptsEveryRequestExampleInIt() throws Exception {
		ApiDocument.assertServedAsCommitted(this.port, "analyzer");
		for (int id = 1; id <= 3; id++) {
			raise("DOC-" + id);
			String alert = "/api/v1/alerts/" + id;
			await().atMost(Duration.ofSeconds(30))
				.until(() -> new Http(this.port).as("viewer").get(alert).status() == 200);
		}

		assertThat(ApiDocument.replayRequestExamples(this.port, "analyzer")).containsExactly(
				"POST /api/v1/alerts/actions (tagMany)", "POST /api/v1/alerts/1/acknowledge (acknowledge)",
				"POST /api/v1/alerts/1/assign (assign)", "POST /api/v1/alerts/3/clear (clear)",
				"POST /api/v1/alerts/3/comment (comment)", "POST /api/v1/alerts/2/shelve (shelve)",
				"POST /api/v1/alerts/1/tags (tags)", "POST /api/v1/alerts/1/unassign (unassign)",
				"POST /api/v1/alerts/2/unshelve (unshelve)", "PUT /api/v1/rules/prop-tank-pressure (tankPressure)",
				"GET /api/v1/alerts?spacecraftId=ORB-1&state=OPEN&severity=CRITICAL&detector=limit&assignee=ada%40orbit.space&tag=thermal"
						+ "&limit=100&after=NDI (parameter examples)",
				"GET /api/v1/alerts/1 (parameter examples)",
				"GET /api/v1/alerts/1/actions?limit=100&after=Mw (parameter examples)",
				"GET /api/v1/rules?limit=100&after=ZXBzLWJhdHRlcnktY3VycmVudA (parameter examples)",
				"GET /api/v1/rules/prop-tank-pressure (parameter examples)");
	}

	private void raise(String spacecraftId) throws Exception {
		Instant now = Instant.now();
		AlertEvent event = new AlertEvent(spacecraftId + "/EPS.BATTERY.VOLTAGE/limit/0/0", AlertEvent.Change.RAISED,
				spacecraftId, "EPS.BATTERY.VOLTAGE", "limit", "eps-battery-voltage", Severity.CRITICAL, false, 30.5,
				29.8, 26.5, 29.4, "above critical high 29.8", now, now, 1, null, null, null, now);
		this.kafka.send(alertsTopic, spacecraftId, AnalyzerJson.MAPPER.writeValueAsBytes(event))
			.get(10, TimeUnit.SECONDS);
	}

}

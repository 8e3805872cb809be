package space.orbit.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import space.orbit.test.TestKafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The simulator's mission faults against the whole detection chain — simulator, ingest,
 * processor, analyzer, each its own JVM: every fault raises the alert it declares within
 * 5 s of the HTTP POST that carried its first faulty frame (its receipt time at ingest,
 * as stored with the frame); and ten simulated minutes of nominal telemetry raise none.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultScenariosIT {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final Duration WITHIN = Duration.ofSeconds(5);

	private static Spine spine;

	@BeforeAll
	static void start() throws Exception {
		TestKafka.bootstrapServers();
		spine = new Spine();
		spine.startIngest();
		spine.startProcessor(Map.of());
		spine.startAnalyzer(Files.createTempDirectory("orbit-analyzer-e2e"));
		spine.ingest().awaitReady(Duration.ofSeconds(180));
		spine.processor().awaitReady(Duration.ofSeconds(180));
		spine.analyzer().awaitReady(Duration.ofSeconds(180));
	}

	@AfterAll
	static void stop() {
		if (spine != null) {
			spine.close();
		}
	}

	@Test
	@Order(1)
	void tenSimulatedMinutesOfNominalTelemetryRaiseNoAlert() throws Exception {
		Path report = Files.createTempFile("nominal", ".json");

		int status = spine.simulate(report, "--spacecraft", "5", "--rate", "1", "--start", "-10m", "--speed", "20",
				"--duration", "10m", "--batch-frames", "25", "--seed", "7");
		Instant finished = Instant.now();

		assertThat(status).as("simulator exit status (0: every frame accepted)").isZero();
		assertThat(json.readTree(Files.readString(report)).get("framesAccepted").asLong()).isEqualTo(5 * 600);
		await().atMost(Duration.ofSeconds(30)).until(() -> storedFrames("ORB-") >= 5 * 600);
		// Once the run ends the spacecraft fall silent, and that is rightly alerted;
		// during the
		// run, nothing may be.
		Thread.sleep(2_000);
		List<JsonNode> alerts = alerts("");
		assertThat(alerts).filteredOn(a -> Instant.parse(a.get("raisedAt").asString()).isBefore(finished)).isEmpty();
		assertThat(alerts).allSatisfy(a -> assertThat(a.get("detector").asString()).isEqualTo("staleness"));
	}

	@Test
	@Order(2)
	void everyFaultRaisesItsDeclaredAlertWithinFiveSecondsOfItsPost() throws Exception {
		Path report = Files.createTempFile("faults", ".json");

		int status = spine.simulate(report, "--spacecraft", "13", "--rate", "2", "--duration", "75s", "--batch-frames",
				"13", "--seed", "42", "--fault", "spike:ORB-6:EPS.BATTERY.VOLTAGE@+45s", "--fault",
				"stuck:ORB-7:THERMAL.PANEL.TEMP@+45s", "--fault", "dropout:ORB-8:EPS.BUS.VOLTAGE@+45s/20s", "--fault",
				"silent:ORB-9@+45s/20s", "--fault", "noise:ORB-10:EPS.BUS.VOLTAGE@+45s/20s", "--fault",
				"undervoltage:ORB-11@+45s/4s", "--fault", "overspeed:ORB-12@+45s/4s", "--fault",
				"drift:ORB-13:THERMAL.OBC.TEMP@+45s/4s", "--fault", "clock:ORB-1@+45s", "--fault",
				"duplicate:ORB-2@+45s/5s");

		assertThat(status).as("simulator exit status").isZero();
		JsonNode expected = json.readTree(Files.readString(report)).get("expectedAlerts");
		List<String> checked = new ArrayList<>();
		for (JsonNode fault : expected) {
			if (!"alert".equals(fault.get("outcome").asString())) {
				continue;
			}
			String spacecraft = fault.get("spacecraftId").asString();
			String parameter = fault.get("parameter").isNull() ? "*" : fault.get("parameter").asString();
			Instant onset = onsetPost(spacecraft, Instant.parse(fault.get("from").asString()));
			String detector = fault.get("detector").asString();
			JsonNode alert = await().atMost(Duration.ofSeconds(30))
				.until(() -> firstAlert(spacecraft, parameter, detector, onset), a -> a != null);
			Duration latency = Duration.between(onset, Instant.parse(alert.get("raisedAt").asString()));
			assertThat(latency).as("%s: from the POST of its first frame to the %s alert", fault.get("fault"), detector)
				.isLessThanOrEqualTo(WITHIN);
			assertThat(alert.get("severity").asString()).as(fault.get("fault").asString())
				.isEqualTo(fault.get("severity").asString());
			checked.add(fault.get("fault").asString() + " " + latency.toMillis() + " ms");
		}
		assertThat(checked).hasSize(8);
		System.out.println("Fault -> alert latency, from the POST: " + checked);
		assertThat(analyzerCounter("orbit_frames_out_of_order_total", "ORB-1")).isPositive();
		assertThat(processorDuplicates()).isPositive();
	}

	/**
	 * When ingest received the first frame at or after the fault (for a silence: the
	 * frame it should have been).
	 */
	private static Instant onsetPost(String spacecraft, Instant from) throws Exception {
		try (Connection connection = spine.postgres.connect()) {
			Instant after = single(connection,
					"SELECT min(received_at) FROM telemetry_frame WHERE spacecraft_id = ? AND ts >= ?", spacecraft,
					from);
			if (after != null && hasFrameAt(connection, spacecraft, from)) {
				return after;
			}
			// A silence: the onset is when the first missing frame would have been
			// posted.
			Instant before = single(connection,
					"SELECT max(received_at) FROM telemetry_frame WHERE spacecraft_id = ? AND ts < ?", spacecraft,
					from);
			return before.plus(Duration.ofMillis(500));
		}
	}

	private static boolean hasFrameAt(Connection connection, String spacecraft, Instant from) throws Exception {
		try (PreparedStatement query = connection
			.prepareStatement("SELECT 1 FROM telemetry_frame WHERE spacecraft_id = ? AND ts >= ? AND ts < ?")) {
			query.setString(1, spacecraft);
			query.setTimestamp(2, Timestamp.from(from));
			query.setTimestamp(3, Timestamp.from(from.plusSeconds(1)));
			try (ResultSet rows = query.executeQuery()) {
				return rows.next();
			}
		}
	}

	private static Instant single(Connection connection, String sql, String spacecraft, Instant at) throws Exception {
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			query.setString(1, spacecraft);
			query.setTimestamp(2, Timestamp.from(at));
			try (ResultSet rows = query.executeQuery()) {
				rows.next();
				Timestamp value = rows.getTimestamp(1);
				return (value != null) ? value.toInstant() : null;
			}
		}
	}

	private static JsonNode firstAlert(String spacecraft, String parameter, String detector, Instant notBefore)
			throws Exception {
		JsonNode first = null;
		for (JsonNode alert : alerts("spacecraftId=" + spacecraft + "&")) {
			Instant raised = Instant.parse(alert.get("raisedAt").asString());
			if (alert.get("parameter").asString().equals(parameter) && alert.get("detector").asString().equals(detector)
					&& !raised.isBefore(notBefore.minusSeconds(1))
					&& (first == null || raised.isBefore(Instant.parse(first.get("raisedAt").asString())))) {
				first = alert;
			}
		}
		return first;
	}

	private static List<JsonNode> alerts(String filter) throws Exception {
		String body = spine.get(spine.analyzer(), "/api/v1/alerts?" + filter + "limit=500").body();
		List<JsonNode> alerts = new ArrayList<>();
		json.readTree(body).get("alerts").forEach(alerts::add);
		return alerts;
	}

	private static long storedFrames(String prefix) {
		return spine.postgres
			.queryForLong("SELECT count(*) FROM telemetry_frame WHERE spacecraft_id LIKE '" + prefix + "%'");
	}

	private static double analyzerCounter(String name, String spacecraft) throws Exception {
		return spine.get(spine.analyzer(), "/metrics")
			.body()
			.lines()
			.filter(l -> l.startsWith(name) && l.contains("spacecraft=\"" + spacecraft + "\""))
			.mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
			.sum();
	}

	private static double processorDuplicates() throws Exception {
		return spine.get(spine.processor(), "/metrics")
			.body()
			.lines()
			.filter(l -> l.startsWith("orbit_frames_duplicate_total"))
			.mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
			.sum();
	}

}

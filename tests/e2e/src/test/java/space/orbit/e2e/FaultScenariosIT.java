package space.orbit.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
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

import space.orbit.test.ServiceProcess;
import space.orbit.test.TestKafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The simulator's mission faults against the whole detection chain — simulator, ingest,
 * processor, analyzer, each its own JVM: every fault raises the alert it declares within
 * 5 s of the HTTP POST that carried its first faulty frame (its receipt time at ingest,
 * as stored with the frame); and ten simulated minutes of nominal telemetry raise none.
 * The limits are the demo mission database's, seeded as {@code ./orbit up} does (ADR
 * 0023); the analyzer's default rules hold the other detectors.
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
		spine.processor().awaitReady();
		// The limits the faults are designed against are the demo mission database's (ADR
		// 0023), seeded as ./orbit up does, with the 13 spacecraft of the fault run in
		// the
		// demo mission; the analyzer starts once they are on the registry topic, so it
		// has them before it is ready.
		spine.seedDemoMission("ORB-6", "ORB-7", "ORB-8", "ORB-9", "ORB-10", "ORB-11", "ORB-12", "ORB-13");
		spine.startAnalyzer(Files.createTempDirectory("orbit-analyzer-e2e"));
		spine.ingest().awaitReady();
		spine.analyzer().awaitReady();
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
		double analyzedBefore = counter(spine.analyzer(), "orbit_samples_analyzed_total", "");

		int status = spine.simulate(report, "--spacecraft", "5", "--rate", "1", "--start", "-10m", "--speed", "20",
				"--duration", "10m", "--batch-frames", "25", "--seed", "7");

		assertThat(status).as("simulator exit status (0: every frame accepted)").isZero();
		JsonNode run = json.readTree(Files.readString(report));
		assertThat(run.get("framesAccepted").asLong()).isEqualTo(5 * 600);
		long samples = run.get("samplesAccepted").asLong();
		await().atMost(Duration.ofSeconds(90))
			.until(() -> counter(spine.analyzer(), "orbit_samples_analyzed_total", "") - analyzedBefore >= samples);
		assertThat(counter(spine.analyzer(), "orbit_samples_analyzed_total", "") - analyzedBefore)
			.as("samples the analyzer looked at")
			.isEqualTo(samples);
		// Once the run ends each spacecraft falls silent, and that is rightly alerted.
		// Its
		// silence is the last event on its spacecraft's partition: once it is recorded,
		// so
		// is every alert its frames raised.
		List<String> fleet = List.of("ORB-1", "ORB-2", "ORB-3", "ORB-4", "ORB-5");
		await().atMost(Duration.ofSeconds(60))
			.until(() -> fleet.stream()
				.allMatch(id -> !alerts("spacecraftId=" + id + "&detector=staleness&").isEmpty()));
		Map<String, Instant> lastFrames = StoredFrames.lastFrames(spine.postgres, fleet);
		assertThat(alerts("")).as("alerts, by the sample time their condition began").allSatisfy(alert -> {
			assertThat(alert.get("detector").asString()).isEqualTo("staleness");
			assertThat(alert.get("parameter").asString()).isEqualTo("*");
			assertThat(Instant.parse(alert.get("firstSeen").asString()))
				.isAfterOrEqualTo(lastFrames.get(alert.get("spacecraftId").asString()));
		});
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
			if ("alert".equals(fault.get("outcome").asString())) {
				checked.add(check(fault));
			}
		}
		assertThat(checked).hasSize(8);
		System.out.println("Fault -> alert latency, from the POST: " + checked);
		assertThat(counter(spine.analyzer(), "orbit_frames_out_of_order_total", "spacecraft=\"ORB-1\"")).isPositive();
		assertThat(counter(spine.processor(), "orbit_frames_duplicate_total", "")).isPositive();
	}

	/**
	 * The first alert of a fault's spacecraft, parameter and detector: raised by the
	 * fault (its condition began at the fault's onset or later, in sample time; a silence
	 * began with the last sample before it), of the declared severity, within 5 s of the
	 * POST of the fault's first frame.
	 */
	private static String check(JsonNode fault) throws Exception {
		String name = fault.get("fault").asString();
		String spacecraft = fault.get("spacecraftId").asString();
		String parameter = fault.get("parameter").isNull() ? "*" : fault.get("parameter").asString();
		String detector = fault.get("detector").asString();
		Instant from = Instant.parse(fault.get("from").asString());
		Instant onset = StoredFrames.onsetPost(spine.postgres, spacecraft, from);
		JsonNode alert = await().atMost(Duration.ofSeconds(30))
			.until(() -> firstAlert(spacecraft, parameter, detector), a -> a != null);
		Instant began = Instant.parse(alert.get("firstSeen").asString());
		Instant notBefore = "staleness".equals(detector)
				? StoredFrames.lastSampleBefore(spine.postgres, spacecraft, parameter, from) : from;
		assertThat(began).as("%s: when its %s alert's condition began (sample time)", name, detector)
			.isAfterOrEqualTo(notBefore);
		Duration latency = Duration.between(onset, Instant.parse(alert.get("raisedAt").asString()));
		assertThat(latency).as("%s: from the POST of its first frame to the %s alert", name, detector)
			.isBetween(Duration.ZERO, WITHIN);
		assertThat(alert.get("severity").asString()).as(name).isEqualTo(fault.get("severity").asString());
		if ("limit".equals(detector)) {
			assertThat(alert.get("ruleId").asString()).as("%s: raised by the mission database's limits", name)
				.isEqualTo("parameter/ORBIT-DEMO/" + parameter);
		}
		return name + " " + latency.toMillis() + " ms";
	}

	/** The alert of a spacecraft, parameter and detector raised first, or null. */
	private static JsonNode firstAlert(String spacecraft, String parameter, String detector) {
		JsonNode first = null;
		for (JsonNode alert : alerts("spacecraftId=" + spacecraft + "&detector=" + detector + "&")) {
			Instant raised = Instant.parse(alert.get("raisedAt").asString());
			if (alert.get("parameter").asString().equals(parameter)
					&& (first == null || raised.isBefore(Instant.parse(first.get("raisedAt").asString())))) {
				first = alert;
			}
		}
		return first;
	}

	private static List<JsonNode> alerts(String filter) {
		String body;
		try {
			body = spine.get(spine.analyzer(), "/api/v1/alerts?" + filter + "limit=500").body();
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot read the analyzer's alerts", ex);
		}
		List<JsonNode> alerts = new ArrayList<>();
		json.readTree(body).get("items").forEach(alerts::add);
		return alerts;
	}

	/** The sum of a counter's series (whose labels contain {@code label}) on /metrics. */
	private static double counter(ServiceProcess service, String name, String label) throws Exception {
		return spine.get(service, "/metrics")
			.body()
			.lines()
			.filter(l -> l.startsWith(name + "{") && l.contains(label))
			.mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
			.sum();
	}

}

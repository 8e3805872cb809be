package space.orbit.dashboard;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import space.orbit.test.ApiDocument;
import space.orbit.test.Http;
import space.orbit.test.TestKafka;
import space.orbit.test.TestNames;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stream on a real Kafka broker: telemetry records published to the topic reach a
 * subscribed browser reduced per pixel column, alerts reach it as they are; a stalled
 * client holds at most its queue and is dropped from, while another client and the
 * consumer keep going. Telemetry in either encoding (v1 JSON, v2 columns), told apart by
 * the record's content type.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "orbit.dashboard.stream.queue-capacity=4", "orbit.dashboard.stream.flush-interval=50ms",
				"orbit.dashboard.stream.heartbeat=200ms", "logging.structured.format.console=",
				// The stream itself, without the login in front of it (LoginIT's
				// subject).
				"orbit.security.enabled=false" })
class StreamIT {

	static final String TELEMETRY = TestNames.unique("dash-telemetry-");

	static final String ALERTS = TestNames.unique("dash-alerts-");

	@LocalServerPort
	int port;

	@Autowired
	tools.jackson.databind.json.JsonMapper json;

	private final List<SseClient> clients = new ArrayList<>();

	private final DashboardFixtures kafka = new DashboardFixtures();

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("spring.kafka.bootstrap-servers", TestKafka::bootstrapServers);
		registry.add("orbit.dashboard.telemetry-topic", () -> TELEMETRY);
		registry.add("orbit.dashboard.alerts-topic", () -> ALERTS);
		registry.add("orbit.dashboard.compute-topic", () -> TestNames.unique("dash-compute-"));
	}

	@AfterEach
	void close() {
		this.clients.forEach(SseClient::close);
		this.kafka.close();
	}

	@ParameterizedTest
	@EnumSource(TelemetryEncoding.class)
	void telemetryReachesASubscriberReducedPerPixelColumnAndAlertsAsTheyAre(TelemetryEncoding encoding)
			throws Exception {
		// Spacecraft of their own per encoding: what one run published never reaches the
		// other's client.
		String one = "IT-" + encoding + "-1";
		String two = "IT-" + encoding + "-2";
		awaitReady();
		SseClient client = open(
				"spacecraft=" + one + "&parameters=EPS.BATTERY.VOLTAGE,AOCS.MODE&window=PT10S&width=100");
		JsonNode hello = client.next("hello", Duration.ofSeconds(10));
		assertThat(hello.get("columnMillis").asLong()).isEqualTo(100);
		long column = (Instant.now().toEpochMilli() / 100) * 100;
		this.kafka.publishTelemetry(encoding, TELEMETRY, two, column, 10, 1, (i, p) -> 99.0);
		this.kafka.publishTelemetry(encoding, TELEMETRY, one, column, 10, 1, (i, p) -> 28.0 + i / 10.0);

		JsonNode points = client.next("points", Duration.ofSeconds(20));
		JsonNode series = points.get("series").get(0);
		assertThat(points.get("series")).hasSize(1);
		assertThat(series.get("spacecraftId").asString()).isEqualTo(one);
		assertThat(series.get("parameter").asString()).isEqualTo("EPS.BATTERY.VOLTAGE");
		assertThat(series.get("t").get(0).asLong()).isEqualTo(column);
		assertThat(series.get("min").get(0).asDouble()).isEqualTo(28.0);
		assertThat(series.get("max").get(0).asDouble()).isEqualTo(28.9);
		assertThat(series.get("count").get(0).asLong()).isEqualTo(10);
		JsonNode values = client.next("values", Duration.ofSeconds(5)).get("values").get(0);
		assertThat(values.get("value").asString()).isEqualTo("NOMINAL");
		assertThat(client.next("contact", Duration.ofSeconds(5)).get("contacts").get(one).asLong())
			.isEqualTo(column + 9);

		this.kafka.publish(ALERTS, one, "{\"id\":\"a-1\",\"change\":\"RAISED\",\"spacecraftId\":\"" + one + "\","
				+ "\"parameter\":\"EPS.BATTERY.VOLTAGE\",\"severity\":\"CRITICAL\"}");
		this.kafka.publish(ALERTS, two, "{\"id\":\"a-2\",\"change\":\"RAISED\",\"spacecraftId\":\"" + two + "\"}");
		JsonNode alert = client.next("alert", Duration.ofSeconds(20));
		assertThat(alert.get("id").asString()).isEqualTo("a-1");
		assertThat(client.seen("alert")).isEqualTo(1);

		JsonNode fleet = this.json.readTree(new Http(this.port).get("/api/v1/fleet").body());
		assertThat(fleet.get("items").findValuesAsString("spacecraftId")).contains(one, two);
		for (JsonNode item : fleet.get("items")) {
			if (item.get("spacecraftId").asString().equals(one)) {
				assertThat(item.get("mode").asString()).as("the mode at the newest frame").isEqualTo("NOMINAL");
				assertThat(item.get("lastFrameAt").asString()).isEqualTo(Instant.ofEpochMilli(column + 9).toString());
			}
		}
	}

	@Test
	void servesItsCommittedApiDocumentAndRefusesABadSubscriptionWithAProblem() {
		ApiDocument.assertServedAsCommitted(this.port, "dashboard");
		Http.Response bad = new Http(this.port).get("/api/v1/stream?window=5min");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("urn:orbit:problem:invalid-parameter").contains("ISO-8601");
	}

	@Test
	void aStalledClientHoldsAtMostItsQueueAndIsDroppedFromWhileOthersKeepUp() throws Exception {
		awaitReady();
		String query = "spacecraft=STALL-1&parameters=" + String.join(",", DashboardFixtures.parameters(10))
				+ "&window=PT4S&width=4000";
		double droppedBefore = metric("orbit_dashboard_stream_dropped_total");
		// The other tests' clients, closed after each, leave when the server sees them
		// go:
		// counted from none, a client leaving mid-test cannot hide one of these two.
		awaitMetric("orbit_dashboard_stream_clients", 0);
		double clientsBefore = 0;
		Socket stalled = stalledClient(query);
		SseClient live = open(query);
		live.next("hello", Duration.ofSeconds(10));
		awaitMetric("orbit_dashboard_stream_clients", clientsBefore + 2);

		long start = (Instant.now().toEpochMilli() / 1000) * 1000;
		double maxQueued = 0;
		for (int second = 0; second < 30; second++) {
			// 1,000 frames a record, 1 ms apart, 10 parameters: 10,000 columns a flush.
			this.kafka.publishTelemetry(TELEMETRY, "STALL-1", start + second * 1000L, 1000, 1,
					(i, p) -> (double) (i + p));
			Thread.sleep(60);
			maxQueued = Math.max(maxQueued, metric("orbit_dashboard_stream_queued_events"));
		}
		Thread.sleep(500);
		this.kafka.publishTelemetry(TELEMETRY, "STALL-1", start + 30_000, 1, 1, (i, p) -> 12345.0);

		assertThat(live.awaitValue(12345.0, Duration.ofSeconds(30)))
			.as("the live client receives the last record although another client is stalled")
			.isTrue();
		assertThat(metric("orbit_dashboard_stream_dropped_total") - droppedBefore)
			.as("columns dropped for the stalled client")
			.isGreaterThan(0);
		double bound = 4 * (clientsBefore + 2);
		assertThat(maxQueued).as("events queued, all clients: at most clients x queue-capacity")
			.isLessThanOrEqualTo(bound);
		assertThat(metric("orbit_dashboard_stream_queued_events")).isLessThanOrEqualTo(bound);
		assertThat(metric("orbit_dashboard_stream_queue_capacity")).isEqualTo(4);
		stalled.close();
	}

	private Socket stalledClient(String query) throws Exception {
		Socket socket = new Socket();
		socket.setReceiveBufferSize(1024);
		socket.connect(new java.net.InetSocketAddress("127.0.0.1", this.port));
		OutputStream out = socket.getOutputStream();
		out.write(("GET /api/v1/stream?" + query + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		out.flush();
		return socket;
	}

	private SseClient open(String query) {
		SseClient client = SseClient.open(this.json, "http://127.0.0.1:" + this.port + "/api/v1/stream?" + query);
		this.clients.add(client);
		return client;
	}

	private void awaitReady() throws InterruptedException {
		Http http = new Http(this.port);
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (http.get("/health/readiness").status() != 200) {
			assertThat(System.nanoTime()).as("ready within 60 s: " + http.get("/health").body()).isLessThan(deadline);
			Thread.sleep(200);
		}
	}

	private void awaitMetric(String name, double expected) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (metric(name) != expected) {
			assertThat(System.nanoTime()).as(name + " reaches " + expected).isLessThan(deadline);
			Thread.sleep(50);
		}
	}

	private double metric(String name) {
		String body = new Http(this.port).get("/metrics").body();
		return body.lines()
			.filter((line) -> line.startsWith(name + "{") || line.startsWith(name + " "))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

}

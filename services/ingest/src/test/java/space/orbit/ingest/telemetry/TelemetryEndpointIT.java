package space.orbit.ingest.telemetry;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.rabbitmq.client.GetResponse;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import space.orbit.ingest.AuthServiceStandIn;
import space.orbit.messaging.TelemetryRoutes;
import space.orbit.telemetry.FrameLimits;
import space.orbit.telemetry.TelemetryBatch;
import space.orbit.telemetry.TelemetryCodec;
import space.orbit.test.ApiDocument;
import space.orbit.test.Http;
import space.orbit.test.TcpProxy;
import space.orbit.test.TelemetryFixtures;
import space.orbit.test.TestIssuer;
import space.orbit.test.TestRabbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Ingest on this machine's real RabbitMQ, reached through a TCP proxy the test can cut:
 * what gets a 202 is on the queue, what is rejected is not, and an unreachable broker
 * means 503. Security is on: each POST carries a ground station's token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class TelemetryEndpointIT {

	private static final TestRabbit rabbit = TestRabbit.withUniquePrefix("ingest-it");

	private static final TcpProxy proxy = TcpProxy.to(rabbit.port());

	private static final TelemetryRoutes routes = TelemetryRoutes.DEFAULT.prefixed(rabbit.prefix());

	private static final int MAX_BODY = 2 * 1024 * 1024;

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final AuthServiceStandIn auth = AuthServiceStandIn.start();

	/** A ground station's token: role ground-station, as every POST needs. */
	private static final String STATION = TestIssuer.shared().clientToken("orbit-station-test", "ground-station");

	private static final Map<Integer, String> PROBLEM_TYPES = Map.of(400, "malformed-request", 413, "payload-too-large",
			415, "unsupported-media-type", 422, "invalid-request");

	@LocalServerPort
	private int port;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private JsonMapper json;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("spring.rabbitmq.addresses", () -> "amqp://guest:guest@127.0.0.1:" + proxy.port());
		registry.add("orbit.ingest.routes.prefix", rabbit::prefix);
		registry.add("orbit.ingest.max-body-size", () -> MAX_BODY + "B");
		registry.add("orbit.ingest.confirm-timeout", () -> "3s");
		auth.properties().forEach((name, value) -> registry.add(name, () -> value));
	}

	@AfterAll
	static void cleanUp() {
		auth.close();
		proxy.close();
		rabbit
			.deleteOnClose(List.of(routes.queue(), routes.deadLetterQueue()),
					List.of(routes.exchange(), routes.deadLetterExchange()))
			.close();
	}

	@Test
	void queuesAnAcceptedBatchAsOnePersistentMessage() throws Exception {
		drain();
		TelemetryFixtures fixtures = TelemetryFixtures.frames(1_000).samplesPerFrame(20).spacecraft("ORB-1", "ORB-2");
		double acceptedBefore = counter("orbit.samples.accepted");

		String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

		HttpResponse<String> response = http.send(request(fixtures.json(), "application/json")
			.header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(202);
		JsonNode body = this.json.readTree(response.body());
		assertThat(body.get("frames").asInt()).isEqualTo(1_000);
		assertThat(body.get("samples").asInt()).isEqualTo(20_000);
		assertThat(counter("orbit.samples.accepted") - acceptedBefore).isEqualTo(20_000);
		GetResponse message = rabbit.get(routes.queue());
		assertThat(message).isNotNull();
		assertThat(message.getProps().getDeliveryMode()).isEqualTo(2);
		assertThat(message.getProps().getHeaders().get("traceparent")).asString().contains(traceId);
		assertThat(message.getProps().getHeaders().get("orbit-batch-id").toString())
			.isEqualTo(body.get("batchId").asString());
		TelemetryBatch queued = new TelemetryCodec(FrameLimits.DEFAULT).read(message.getBody());
		assertThat(queued.frames()).isEqualTo(fixtures.build());
		assertThat(rabbit.messageCount(routes.queue())).isZero();
	}

	@Test
	void acceptsASingleFrameAndEchoesTheRequestId() throws Exception {
		String frame = "{\"spacecraftId\":\"ORB-3\",\"timestamp\":\"" + Instant.now()
				+ "\",\"sequence\":1,\"samples\":{\"EPS.BATTERY.VOLTAGE\":28.1,\"AOCS.MODE\":\"NOMINAL\",\"EPS.SA.ON\":true}}";

		HttpResponse<String> response = http.send(
				request(frame, "application/json").header("X-Request-ID", "req-42").build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(202);
		assertThat(response.headers().firstValue("X-Request-ID")).hasValue("req-42");
		assertThat(this.json.readTree(response.body()).get("samples").asInt()).isEqualTo(3);
		HttpResponse<String> generated = post(frame, "application/json");
		assertThat(generated.headers().firstValue("X-Request-ID")).hasValueSatisfying(id -> assertThat(id).hasSize(36));
	}

	@Test
	void rejectsMalformedJsonWith400() throws Exception {
		assertRejected("{\"frames\":[{\"spacecraftId\":", "application/json", 400, "malformed_json", null, 1);
	}

	@Test
	void rejectsABodyTooLargeWith413() throws Exception {
		String big = TelemetryFixtures.frames(5_000).samplesPerFrame(20).json();
		assertThat(big.length()).isGreaterThan(MAX_BODY);

		assertRejected(big, "application/json", 413, "body_too_large", null, 1);
	}

	@ParameterizedTest
	@CsvSource({ "text/plain", "application/xml", "application/json;charset=UTF-16" })
	void rejectsOtherMediaTypesWith415(String contentType) throws Exception {
		assertRejected(TelemetryFixtures.frames(1).json(), contentType, 415, "unsupported_media_type", null, 1);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "wrong value type|{\"A\":[1]}|wrong_type|/frames/0/samples/A",
			"null value|{\"A\":null}|wrong_type|/frames/0/samples/A", "NaN|{\"A\":NaN}|non_finite|/frames/0/samples/A",
			"Infinity|{\"A\":Infinity}|non_finite|/frames/0/samples/A",
			"empty samples|{}|empty_samples|/frames/0/samples",
			"NUL in a string (PostgreSQL cannot store it)|{\"A\":\"a\\u0000\"}|invalid_text|/frames/0/samples/A",
			"unpaired surrogate|{\"A\":\"\\ud800\"}|invalid_text|/frames/0/samples/A",
			"badly formed name|{\"A B\":1}|invalid_name|/frames/0/samples/A B",
			"name too long|{\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\":1}|too_long|/frames/0/samples/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA…" })
	void rejectsInvalidSamplesWith422(String name, String samples, String reason, String pointer) throws Exception {
		String body = "{\"frames\":[{\"spacecraftId\":\"ORB-1\",\"timestamp\":\"" + Instant.now()
				+ "\",\"sequence\":1,\"samples\":" + samples + "}]}";

		assertRejected(body, "application/json", 422, reason, pointer, 1);
	}

	@ParameterizedTest
	@CsvSource({ "2000-01-01T00:00:00Z", "2999-01-01T00:00:00Z" })
	void rejectsTimestampsOutsideTheWindowWith422(String timestamp) throws Exception {
		String body = "{\"spacecraftId\":\"ORB-1\",\"timestamp\":\"" + timestamp
				+ "\",\"sequence\":1,\"samples\":{\"A\":1,\"B\":2}}";

		// A frame-level fault rejects each of the frame's samples.
		assertRejected(body, "application/json", 422, "timestamp_out_of_window", "/timestamp", 2);
	}

	@Test
	void answers503WithRetryAfterWhileRabbitMqIsUnreachable(CapturedOutput output) throws Exception {
		drain();
		proxy.cut();
		try {
			HttpResponse<String> response = post(TelemetryFixtures.frames(10).json(), "application/json");

			assertThat(response.statusCode()).isEqualTo(503);
			assertThat(response.headers().firstValue("Retry-After")).hasValue("2");
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			JsonNode problem = this.json.readTree(response.body());
			assertThat(problem.get("type").asString()).isEqualTo("urn:orbit:problem:dependency-unavailable");
			assertThat(problem.get("dependency").asString()).isEqualTo("RabbitMQ");
			assertThat(output.getOut())
				.containsPattern("\"message\":\"POST /api/v1/telemetry: RabbitMQ is unreachable[^\\n]*"
						+ "\"request_id\":\"[^\"]+\"")
				.containsPattern("\"message\":\"POST /api/v1/telemetry: RabbitMQ is unreachable[^\\n]*"
						+ "\"trace_id\":\"[0-9a-f]{32}\"");
		}
		finally {
			proxy.restore();
		}
		await().atMost(Duration.ofSeconds(20))
			.until(() -> post(TelemetryFixtures.frames(10).json(), "application/json").statusCode() == 202);
		assertThat(rabbit.messageCount(routes.queue())).isEqualTo(1);
	}

	/**
	 * Requests Tomcat refuses before any servlet sees them (an encoded NUL or slash in
	 * the path) are answered as problems too, not with Tomcat's HTML page.
	 */
	@ParameterizedTest
	@CsvSource({ "/api/v1/tele%00metry", "/api/v1/telemetry%2F..%2Fhealth" })
	void answersWhatTomcatRefusesAsAProblem(String path) throws Exception {
		HttpResponse<String> response = get(path);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("type").asString()).isEqualTo("urn:orbit:problem:malformed-request");
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("detail").asString()).contains("not allowed");
	}

	@Test
	void servesHealthMetricsAndTheApiDocument() throws Exception {
		assertThat(get("/health/readiness").statusCode()).isEqualTo(200);
		assertThat(get("/health/liveness").statusCode()).isEqualTo(200);
		String metrics = get("/metrics").body();
		assertThat(metrics).contains("orbit_samples_accepted_total{service=\"ingest\"}")
			.contains("orbit_samples_rejected_total{reason=\"non_finite\",service=\"ingest\"}")
			.contains("http_server_requests_seconds");
		assertThat(new Http(this.port).get("/swagger-ui/index.html").status()).isEqualTo(200);
		ApiDocument.assertServedAsCommitted(this.port, "ingest");
		assertThat(ApiDocument.replayRequestExamples(this.port, "ingest")).hasSize(2);
	}

	/**
	 * Posts {@code body} and asserts the problem, that nothing reached the queue, and
	 * that {@code orbit_samples_rejected_total{reason}} grew by exactly {@code samples}.
	 */
	private void assertRejected(String body, String contentType, int status, String reason, String pointer, int samples)
			throws Exception {
		double before = counter("orbit.samples.rejected", reason);
		String type = PROBLEM_TYPES.get(status);
		String counted = (pointer != null) ? reason : type;
		double requestsBefore = rejectedRequests(type, counted);
		long queued = rabbit.messageCount(routes.queue());

		HttpResponse<String> response = post(body, contentType);

		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("type").asString()).isEqualTo("urn:orbit:problem:" + type);
		assertThat(problem.get("detail").asString()).isNotBlank();
		if (pointer != null) {
			assertThat(problem.get("errors").get(0).get("pointer").asString()).isEqualTo(pointer);
			assertThat(problem.get("errors").get(0).get("reason").asString()).isEqualTo(reason);
			assertThat(problem.get("errorCount").asInt()).isEqualTo(1);
		}
		else {
			assertThat(problem.has("errors")).isFalse();
		}
		assertThat(rabbit.messageCount(routes.queue())).isEqualTo(queued);
		assertThat(counter("orbit.samples.rejected", reason) - before).isEqualTo(samples);
		assertThat(rejectedRequests(type, counted) - requestsBefore).isEqualTo(1);
	}

	private double rejectedRequests(String type, String reason) {
		Counter counter = this.meters.find("orbit.requests.rejected").tag("type", type).tag("reason", reason).counter();
		return (counter != null) ? counter.count() : 0;
	}

	private double counter(String name, String reason) {
		return this.meters.get(name).tag("reason", reason).counter().count();
	}

	private double counter(String name) {
		return this.meters.get(name).counter().count();
	}

	private void drain() {
		while (rabbit.get(routes.queue()) != null) {
			// empty the queue: messages of earlier tests
		}
	}

	private HttpRequest.Builder request(String body, String contentType) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/telemetry"))
			.header("Authorization", "Bearer " + STATION)
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private HttpResponse<String> post(String body, String contentType) throws Exception {
		return http.send(request(body, contentType).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}

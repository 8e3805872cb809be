package space.orbit.console.api;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client against a real HTTP server answering what the services answer. */
class ServiceClientTest {

	private HttpServer server;

	private final AtomicReference<String> operatorSeen = new AtomicReference<>();

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/ok", (exchange) -> {
			this.operatorSeen.set(exchange.getRequestHeaders().getFirst(ServiceClient.OPERATOR_HEADER));
			answer(exchange, 200, "application/json", "{\"id\":\"M-1\",\"extra\":true}");
		});
		this.server.createContext("/invalid", (exchange) -> answer(exchange, 422, "application/problem+json", """
				{"type":"https://orbit.space/problems/invalid-request","title":"Invalid request","status":422,
				 "detail":"The request body is invalid at '/tle/line1'.",
				 "errors":[{"pointer":"/tle/line1","detail":"TLE line 1 fails its checksum"}],"requestId":"r1"}"""));
		this.server.createContext("/busy", (exchange) -> answer(exchange, 503, "application/problem+json",
				"{\"title\":\"Dependency unavailable\",\"status\":503,\"detail\":\"PostgreSQL is unavailable\"}"));
		this.server.createContext("/html", (exchange) -> answer(exchange, 500, "text/html", "<h1>oops</h1>"));
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	private ServiceClient client() {
		return new ServiceClient("processor", URI.create("http://127.0.0.1:" + this.server.getAddress().getPort()),
				Duration.ofSeconds(2), () -> "alice");
	}

	@Test
	void everyRequestNamesTheOperator() {
		assertThat(client().get("/ok").get("id").asString()).isEqualTo("M-1");
		assertThat(this.operatorSeen.get()).isEqualTo("alice");
	}

	@Test
	void aProblemAnswerKeepsItsDetailAndItsErrorsByPointer() {
		assertThatThrownBy(() -> client().send("PUT", "/invalid", java.util.Map.of("a", 1)))
			.isInstanceOfSatisfying(ServiceProblemException.class, (ex) -> {
				assertThat(ex.problem().status()).isEqualTo(422);
				assertThat(ex.problem().message()).isEqualTo("The request body is invalid at '/tle/line1'.");
				assertThat(ex.problem().detailAt("/tle/line1")).isEqualTo("TLE line 1 fails its checksum");
			});
	}

	@Test
	void anAnswerThatIsNoProblemStillSaysWhatHappenedWithoutItsBody() {
		assertThatThrownBy(() -> client().get("/html")).isInstanceOfSatisfying(ServiceProblemException.class,
				(ex) -> assertThat(ex.problem().message()).contains("HTTP 500").doesNotContain("oops"));
	}

	@Test
	void aServiceThatSaysItIsUnavailableIsUnavailable() {
		assertThatThrownBy(() -> client().get("/busy")).isInstanceOf(ServiceUnavailableException.class)
			.hasMessageContaining("PostgreSQL is unavailable")
			// It answered: its URL setting is right, the fix is what it names.
			.hasMessageNotContaining("orbit.console.services.processor");
	}

	@Test
	void aServiceThatDoesNotListenIsUnavailableAndNamesItsSetting() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		ServiceClient client = new ServiceClient("enricher", URI.create("http://127.0.0.1:" + port),
				Duration.ofSeconds(2), () -> "alice");
		assertThatThrownBy(() -> client.get("/health/readiness")).isInstanceOf(ServiceUnavailableException.class)
			.hasMessageContaining("http://127.0.0.1:" + port)
			.hasMessageContaining("connection refused")
			.hasMessageNotContaining("Exception")
			.hasMessageContaining("orbit.console.services.enricher");
	}

	private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String type, String body)
			throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", type);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}

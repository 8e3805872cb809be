package space.orbit.simulator;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import space.orbit.simulator.run.SimulationRunner;
import space.orbit.test.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application like every Orbit process: health, Prometheus metrics with the
 * simulator's counters, and its report over HTTP — here with ingest unreachable.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "orbit.simulator.exit-when-done=false", "orbit.simulator.max-retries=0",
				"orbit.simulator.duration=2s", "orbit.simulator.spacecraft=2", "orbit.simulator.rate=2",
				"orbit.simulator.faults[0]=clock:ORB-1@+1s", "management.tracing.export.otlp.enabled=false" })
class SimulatorApplicationTest {

	@LocalServerPort
	int port;

	@Autowired
	SimulationRunner runner;

	private final HttpClient http = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void unreachableIngest(DynamicPropertyRegistry registry) throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			registry.add("orbit.simulator.target", () -> "http://127.0.0.1:" + socket.getLocalPort());
		}
		// Security on, as shipped: the report is a viewer's to read.
		TestIssuer.shared().properties().forEach((name, value) -> registry.add(name, () -> value));
	}

	@Test
	void theReportNeedsAViewersToken() throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/simulation")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void servesHealthMetricsAndTheReport() throws Exception {
		await().atMost(Duration.ofSeconds(60)).until(() -> this.runner.report().state().equals("finished"));
		assertThat(get("/health/readiness")).contains("\"status\":\"UP\"");
		assertThat(get("/metrics")).contains("orbit_simulator_frames_sent_total{service=\"simulator\"} 8.0",
				"orbit_simulator_samples_accepted_total", "orbit_simulator_retries_total",
				"orbit_simulator_requests_total{service=\"simulator\",status=\"io_error\"}");
		assertThat(get("/api/v1/simulation")).contains("\"framesLost\":8", "\"outcome\":\"counted: out_of_order\"");
		assertThat(get("/api/v1/simulation/parameters")).contains("\"name\":\"EPS.BATTERY.VOLTAGE\"",
				"\"criticalLow\":25.5");
		assertThat(this.runner.getExitCode()).isEqualTo(1);
	}

	private String get(String path) throws Exception {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.header("Authorization", "Bearer " + TestIssuer.shared().token("sim-test@orbit.space", "viewer"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

}

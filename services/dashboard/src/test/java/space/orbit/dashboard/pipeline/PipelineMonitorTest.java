package space.orbit.dashboard.pipeline;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import space.orbit.dashboard.DashboardProperties;
import space.orbit.dashboard.pipeline.PipelineView.Figure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monitor against a service's {@code /metrics} over HTTP (a stand-in whose counter
 * moves) and against services that do not answer.
 */
class PipelineMonitorTest {

	private final AtomicLong accepted = new AtomicLong();

	private HttpServer ingest;

	private PipelineMonitor monitor;

	@AfterEach
	void stop() {
		if (this.monitor != null) {
			this.monitor.destroy();
		}
		if (this.ingest != null) {
			this.ingest.stop(0);
		}
	}

	@Test
	void ratesFromTheServicesCountersAndNoFigureForOneThatDoesNotAnswer() throws Exception {
		this.ingest = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.ingest.createContext("/metrics", (exchange) -> {
			byte[] body = ("# TYPE orbit_samples_accepted_total counter\norbit_samples_accepted_total "
					+ this.accepted.addAndGet(500) + ".0\n")
				.getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		this.ingest.start();
		URI nobody = URI.create("http://127.0.0.1:" + closedPort());
		this.monitor = new PipelineMonitor(new DashboardProperties("t", "a", "c",
				new DashboardProperties.Stream(64, Duration.ofMillis(250), Duration.ofSeconds(15), 200, 64, 100, 4000),
				new DashboardProperties.Upstream(nobody, nobody, nobody, nobody,
						URI.create("http://127.0.0.1:" + this.ingest.getAddress().getPort()), Duration.ofSeconds(1)),
				new DashboardProperties.Pipeline(Duration.ofMillis(500), Duration.ofMillis(400), 0), List.of(),
				new DashboardProperties.FlightDynamics(false, Duration.ofMinutes(10), Duration.ofSeconds(2),
						Duration.ofMinutes(95), Duration.ofMinutes(190), Duration.ofSeconds(30), Duration.ofHours(24),
						Duration.ofMinutes(5), 100,
						new DashboardProperties.Client("orbit-dashboard-planner", "", nobody))));
		Figure accepted = awaitRate();
		// 500 samples every 500 ms: about 1000 per second (the reads' own timing aside).
		assertThat(accepted.value()).isBetween(300.0, 3000.0);
		assertThat(accepted.answered()).isTrue();
		PipelineView view = this.monitor.latest();
		assertThat(view.figures()).extracting(Figure::name).containsExactly("accepted", "stored", "archived", "lag");
		for (Figure silent : view.figures().subList(1, 4)) {
			assertThat(silent.answered()).as(silent.name()).isFalse();
			assertThat(silent.value()).as(silent.name()).isNull();
		}
	}

	private Figure awaitRate() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (true) {
			Figure accepted = this.monitor.latest().figures().get(0);
			if (accepted.value() != null) {
				return accepted;
			}
			assertThat(System.nanoTime()).as("a rate after two reads").isLessThan(deadline);
			Thread.sleep(100);
		}
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	@Test
	void metricsOnAManagementPortOfTheirOwn() {
		URI processor = URI.create("http://orbit-processor:8101/");
		assertThat(PipelineMonitor.metrics(processor, 0)).hasToString("http://orbit-processor:8101/metrics");
		assertThat(PipelineMonitor.metrics(processor, 8081)).hasToString("http://orbit-processor:8081/metrics");
	}

}

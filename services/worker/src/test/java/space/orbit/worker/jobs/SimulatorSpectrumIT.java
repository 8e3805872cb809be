package space.orbit.worker.jobs;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import space.orbit.worker.ProcessorStandIn;
import space.orbit.worker.WorkerTestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The telemetry simulator (its runnable jar, as {@code ./orbit up} runs it) sends twelve
 * simulated hours of ORB-1 to a stand-in ingest; served as the processor would serve
 * them, a SPECTRAL_ANALYSIS job finds the orbital period in the solar array current (the
 * spacecraft goes into eclipse once an orbit).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SimulatorSpectrumIT extends WorkerTestInfrastructure {

	/** ORB-1's mean motion, 15.48880433 revolutions a day: its period in seconds. */
	static final double ORB_1_PERIOD = 86_400 / 15.48880433;

	static final String PARAMETER = "EPS.SA.CURRENT";

	@LocalServerPort
	int port;

	@Test
	void findsTheOrbitalPeriodInSimulatedTelemetry() throws Exception {
		List<ProcessorStandIn.Sample> samples = simulate("2026-11-21T00:00:00Z", "12h");
		assertThat(samples).hasSizeGreaterThan(4000);
		processor.samples("ORB-1", PARAMETER, samples);
		Api api = new Api("http://127.0.0.1:" + this.port);

		String id = api.submit("""
				{"type":"SPECTRAL_ANALYSIS","spacecraftId":"ORB-1","parameter":"%s","from":"2026-11-21T00:00:00Z",
				 "to":"2026-11-21T12:00:00Z","peaks":3}
				""".formatted(PARAMETER));

		JsonNode result = api.awaitState(id, "SUCCEEDED", JobsApiIT.TIMEOUT).path("result");
		assertThat(result.path("samples").asInt()).isEqualTo(samples.size());
		double period = result.path("peaks").get(0).path("period").asDouble();
		System.out.printf("Dominant period of %s: %.1f s (ORB-1's orbit: %.1f s)%n", PARAMETER, period, ORB_1_PERIOD);
		assertThat(period).isCloseTo(ORB_1_PERIOD, within(ORB_1_PERIOD * 0.01));
	}

	/** Runs the simulator for ORB-1 and returns the samples of {@link #PARAMETER}. */
	private static List<ProcessorStandIn.Sample> simulate(String start, String duration) throws Exception {
		List<ProcessorStandIn.Sample> samples = new ArrayList<>();
		HttpServer ingest = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
		ingest.createContext("/api/v1/telemetry", (exchange) -> accept(exchange, samples));
		ingest.start();
		try {
			Path jar = Path.of(System.getProperty("orbit.simulator.jar",
					"../../tools/simulator/target/orbit-simulator-0.1.0-SNAPSHOT-exec.jar"));
			Path log = Files.createDirectories(Path.of(System.getProperty("orbit.logs", "target/service-logs")))
				.resolve("simulator-" + System.currentTimeMillis() + ".log");
			Process simulator = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx256m",
					"-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--server.port=0", "--spacecraft", "1", "--rate",
					"0.1", "--start", start, "--duration", duration, "--speed", "100000", "--batch-frames", "500",
					"--target", "http://127.0.0.1:" + ingest.getAddress().getPort())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			if (!simulator.waitFor(2, TimeUnit.MINUTES)) {
				simulator.destroyForcibly();
				throw new IllegalStateException("the simulator did not finish; see " + log);
			}
			assertThat(simulator.exitValue()).as("simulator exit status, see %s", log).isZero();
		}
		finally {
			ingest.stop(0);
		}
		synchronized (samples) {
			samples.sort(Comparator.comparing(ProcessorStandIn.Sample::time));
			return samples;
		}
	}

	private static void accept(HttpExchange exchange, List<ProcessorStandIn.Sample> samples) throws IOException {
		JsonNode body = Api.JSON.readTree(exchange.getRequestBody().readAllBytes());
		int frames = 0;
		for (JsonNode frame : body.path("frames")) {
			frames++;
			JsonNode value = frame.path("samples").path(PARAMETER);
			if ("ORB-1".equals(frame.path("spacecraftId").asString()) && value.isNumber()) {
				synchronized (samples) {
					samples.add(new ProcessorStandIn.Sample(Instant.parse(frame.path("timestamp").asString()),
							value.toString()));
				}
			}
		}
		byte[] answer = ("{\"frames\":" + frames + ",\"batchId\":\"stand-in\"}").getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(202, answer.length);
		exchange.getResponseBody().write(answer);
		exchange.close();
	}

}

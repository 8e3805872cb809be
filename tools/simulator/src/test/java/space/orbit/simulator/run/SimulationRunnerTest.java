package space.orbit.simulator.run;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import space.orbit.simulator.Streams;
import space.orbit.simulator.fault.FaultSchedule;
import space.orbit.simulator.model.ParameterCatalog;
import space.orbit.simulator.send.IngestSender;
import space.orbit.simulator.send.Pause;
import space.orbit.simulator.send.SendStats;
import space.orbit.simulator.stream.StreamSettings;

import static org.assertj.core.api.Assertions.assertThat;

/** A short run end to end: paced generation, batches posted, the report written. */
class SimulationRunnerTest {

	@TempDir
	Path dir;

	private final AtomicInteger posts = new AtomicInteger();

	private HttpServer ingest;

	@BeforeEach
	void startIngest() throws IOException {
		this.ingest = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.ingest.createContext(IngestSender.PATH, (exchange) -> {
			exchange.getRequestBody().readAllBytes();
			this.posts.incrementAndGet();
			byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(202, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		this.ingest.start();
	}

	@AfterEach
	void stopIngest() {
		this.ingest.stop(0);
	}

	@Test
	void coversTheDurationSendsEveryFrameAndWritesTheReport() throws Exception {
		FaultSchedule faults = FaultSchedule.parse(List.of("silent:ORB-2@+0s/500ms"), 2, ParameterCatalog.MODELLED);
		StreamSettings stream = StreamSettings.nominal(7, 2, 20, Streams.START).withFaults(faults);
		URI target = URI.create("http://127.0.0.1:" + this.ingest.getAddress().getPort());
		Path report = this.dir.resolve("out/report.json");
		RunPlan plan = new RunPlan(stream, target, 10, Duration.ofSeconds(1), 2, report, 1.0);
		SendStats stats = new SendStats(new SimpleMeterRegistry());
		CountDownLatch done = new CountDownLatch(1);
		SimulationRunner runner = new SimulationRunner(plan,
				new IngestSender(IngestSender.defaultClient(), target, 3, stats, Pause.REAL), stats, done::countDown);
		runner.start();
		assertThat(done.await(60, TimeUnit.SECONDS)).as("the run finished").isTrue();
		SimulationReport result = runner.report();
		assertThat(result.state()).isEqualTo("finished");
		assertThat(result.framesGenerated()).isEqualTo(2 * 20 - 10);
		assertThat(result.framesSent()).isEqualTo(30);
		assertThat(result.framesAccepted()).isEqualTo(30);
		assertThat(result.samplesAccepted()).isEqualTo(30 * 42);
		assertThat(result.complete()).isTrue();
		assertThat(runner.getExitCode()).isZero();
		assertThat(this.posts.get()).isBetween(3, 4);
		assertThat(result.simulatedUntil()).isEqualTo(Streams.START.plusMillis(950));
		assertThat(Files.readString(report)).contains("\"state\" : \"finished\"", "\"framesAccepted\" : 30",
				"\"samplesSent\" : 1260", "\"detector\" : \"staleness\"", "\"severity\" : \"CRITICAL\"",
				"\"fault\" : \"silent:ORB-2@+0s/500ms\"", "\"simulatedStart\" : \"2026-11-21T10:00:00Z\"");
		runner.stop();
		assertThat(runner.isRunning()).isFalse();
	}

	@Test
	void postsEachSpacecraftsBatchesInOrderWhateverTheConnections() throws Exception {
		// A slow, concurrent ingest that answers in random order: a spacecraft's batches
		// must still arrive one after another.
		Map<String, List<Long>> received = new ConcurrentHashMap<>();
		HttpServer slow = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		slow.setExecutor(Executors.newFixedThreadPool(8));
		slow.createContext(IngestSender.PATH, (exchange) -> {
			JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
			try {
				Thread.sleep(ThreadLocalRandom.current().nextInt(30));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			for (JsonNode frame : body.get("frames")) {
				received.computeIfAbsent(frame.get("spacecraftId").asString(), (id) -> new CopyOnWriteArrayList<>())
					.add(frame.get("sequence").asLong());
			}
			byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(202, answer.length);
			exchange.getResponseBody().write(answer);
			exchange.close();
		});
		slow.start();
		try {
			StreamSettings stream = StreamSettings.nominal(7, 6, 20, Streams.START);
			URI target = URI.create("http://127.0.0.1:" + slow.getAddress().getPort());
			RunPlan plan = new RunPlan(stream, target, 4, Duration.ofSeconds(2), 3, null, 4.0);
			SendStats stats = new SendStats(new SimpleMeterRegistry());
			CountDownLatch done = new CountDownLatch(1);
			SimulationRunner runner = new SimulationRunner(plan,
					new IngestSender(IngestSender.defaultClient(), target, 3, stats, Pause.REAL), stats,
					done::countDown);
			runner.start();
			assertThat(done.await(60, TimeUnit.SECONDS)).as("the run finished").isTrue();
			runner.stop();

			assertThat(received).hasSize(6);
			received.forEach((spacecraft,
					sequences) -> assertThat(sequences).as(spacecraft).hasSize(40).isSorted().doesNotHaveDuplicates());
		}
		finally {
			slow.stop(0);
		}
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

}

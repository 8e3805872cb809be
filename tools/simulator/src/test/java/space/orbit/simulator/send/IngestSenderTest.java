package space.orbit.simulator.send;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import space.orbit.simulator.Streams;

import static org.assertj.core.api.Assertions.assertThat;

/** The sender against a tiny ingest on 127.0.0.1 that answers what each test scripts. */
class IngestSenderTest {

	private final Deque<Answer> answers = new ArrayDeque<>();

	private final List<byte[]> bodies = new ArrayList<>();

	private final List<String> contentTypes = new ArrayList<>();

	private final List<Duration> pauses = new ArrayList<>();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final SendStats stats = new SendStats(this.registry);

	private final Batch batch = Batch.of(Streams.stream(2, 1).take(Duration.ofSeconds(3)));

	private HttpServer ingest;

	@BeforeEach
	void startIngest() throws IOException {
		this.ingest = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.ingest.createContext(IngestSender.PATH, (exchange) -> {
			this.bodies.add(exchange.getRequestBody().readAllBytes());
			this.contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
			Answer answer = this.answers.poll();
			answer.headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
			byte[] body = answer.body.getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(answer.status, body.length);
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
	void resendsTheSameBatchAfter503AndRetryAfterAndCountsItOnce() throws InterruptedException {
		this.answers.add(new Answer(503, Map.of("Retry-After", "1"), "{\"title\":\"Service Unavailable\"}"));
		this.answers.add(new Answer(202, Map.of(), "{\"frames\":6,\"samples\":252,\"batchId\":\"b\"}"));
		IngestSender sender = sender(URI.create("http://127.0.0.1:" + this.ingest.getAddress().getPort()), 5);
		assertThat(sender.send(this.batch)).isEqualTo(IngestSender.Outcome.ACCEPTED);
		assertThat(this.bodies).hasSize(2).allSatisfy((body) -> assertThat(body).isEqualTo(this.batch.body()));
		assertThat(this.contentTypes).containsOnly("application/json");
		assertThat(this.pauses).containsExactly(Duration.ofSeconds(1));
		SendStats.Snapshot counts = this.stats.snapshot();
		assertThat(counts.framesSent()).isEqualTo(6);
		assertThat(counts.framesAccepted()).isEqualTo(6);
		assertThat(counts.samplesAccepted()).isEqualTo(252);
		assertThat(counts.retries()).isEqualTo(1);
		assertThat(counts.requests()).isEqualTo(Map.of("202", 1L, "503", 1L));
		assertThat(this.registry.get("orbit.simulator.requests").tag("status", "503").counter().count()).isEqualTo(1);
		assertThat(this.registry.get("orbit.simulator.samples.accepted").counter().count()).isEqualTo(252);
		assertThat(this.registry.get("orbit.simulator.frames.sent").counter().count()).isEqualTo(6);
		assertThat(this.registry.get("orbit.simulator.retries").counter().count()).isEqualTo(1);
	}

	@Test
	void countsA4xxAsRejectedWithoutRetrying() throws InterruptedException {
		this.answers.add(new Answer(422, Map.of(), "{\"title\":\"Invalid telemetry\"}"));
		IngestSender sender = sender(URI.create("http://127.0.0.1:" + this.ingest.getAddress().getPort() + "/"), 5);
		assertThat(sender.send(this.batch)).isEqualTo(IngestSender.Outcome.REJECTED);
		assertThat(this.bodies).hasSize(1);
		assertThat(this.stats.snapshot().framesRejected()).containsExactlyEntriesOf(Map.of("422", 6L));
		assertThat(this.stats.snapshot().framesAccepted()).isZero();
	}

	@Test
	void countsABatchAsLostWhenIngestStaysUnreachable() throws Exception {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		IngestSender sender = sender(URI.create("http://127.0.0.1:" + closed), 2);
		assertThat(sender.send(this.batch)).isEqualTo(IngestSender.Outcome.LOST);
		assertThat(this.pauses).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
		SendStats.Snapshot counts = this.stats.snapshot();
		assertThat(counts.requests()).containsExactlyEntriesOf(Map.of("io_error", 3L));
		assertThat(counts.batchesLost()).isEqualTo(1);
		assertThat(counts.framesLost()).isEqualTo(6);
	}

	@Test
	void postsToTheTelemetryPathOfABaseUrl() {
		assertThat(IngestSender.endpoint(URI.create("http://127.0.0.1:8100")))
			.hasToString("http://127.0.0.1:8100/api/v1/telemetry");
		assertThat(IngestSender.endpoint(URI.create("http://ingest:8100/custom/path"))).hasPath("/custom/path");
		assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT")).contains(Duration.ZERO);
		assertThat(RetryAfter.parse("soon")).isEmpty();
	}

	private IngestSender sender(URI target, int maxRetries) {
		return new IngestSender(IngestSender.defaultClient(), target, maxRetries, this.stats, this.pauses::add);
	}

	private record Answer(int status, Map<String, String> headers, String body) {
	}

}

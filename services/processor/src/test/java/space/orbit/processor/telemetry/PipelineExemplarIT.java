package space.orbit.processor.telemetry;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import space.orbit.processor.ProcessorFixture;
import space.orbit.telemetry.TelemetryBatch;
import space.orbit.test.Http;
import space.orbit.test.OtlpReceiver;
import space.orbit.test.TelemetryFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pipeline latency histogram names the trace of the batch it measured: a batch sent
 * as ingest sends it (a W3C {@code traceparent} header, which Spring AMQP's observation
 * continues) is stored and published, and its {@code stored} and {@code published}
 * latencies carry that trace id as an exemplar in the OpenMetrics exposition, with the id
 * of a span the processor exported in that trace. A processor of its own (exporting its
 * spans to a receiver in the test), so no other test's reading takes the bucket: the
 * exemplar sampler keeps a bucket's exemplar at least 7 s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PipelineExemplarIT {

	private static final String OPENMETRICS = "application/openmetrics-text;version=1.0.0";

	private static final Pattern EXEMPLAR = Pattern.compile("# \\{([^}]*)\\}");

	private static final ProcessorFixture fixture = ProcessorFixture.create("processor_exemplar_it");

	private static final OtlpReceiver otlp = OtlpReceiver.start();

	@Autowired
	private RabbitTemplate rabbitTemplate;

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		fixture.register(registry,
				Map.of("management.opentelemetry.tracing.export.otlp.endpoint",
						(Supplier<Object>) () -> otlp.endpoint() + "/v1/traces",
						"management.tracing.export.otlp.enabled", () -> "true"));
	}

	@AfterAll
	static void stopReceiver() {
		otlp.close();
	}

	@Test
	void theStoredAndPublishedLatenciesCarryTheTraceOfTheBatch() {
		String traceId = HexFormat.of().formatHex(randomBytes(16));
		String traceparent = "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01";
		TelemetryBatch batch = new TelemetryBatch(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MICROS),
				TelemetryFixtures.frames(5).samplesPerFrame(2).spacecraft("X-1").build());

		send(batch, traceparent);

		for (String stage : List.of("stored", "published")) {
			String line = await().atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(300))
				.until(() -> latencyBuckets(stage).stream()
					.filter((bucket) -> bucket.contains("trace_id=\"" + traceId + "\""))
					.findFirst()
					.orElse(null), (found) -> found != null);
			Matcher exemplar = EXEMPLAR.matcher(line);
			assertThat(exemplar.find()).as(line).isTrue();
			String spanId = exemplar.group(1).replaceAll(".*span_id=\"([0-9a-f]{16})\".*", "$1");
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(otlp.spans()).as("the span of the %s exemplar: %s", stage, line)
					.anyMatch((span) -> "processor".equals(span.service()) && traceId.equals(span.traceId())
							&& spanId.equals(span.spanId())));
		}
	}

	private List<String> latencyBuckets(String stage) {
		Http.Response metrics = new Http(this.port).send("GET", "/metrics", null, Map.of("Accept", OPENMETRICS));
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.contentType()).startsWith("application/openmetrics-text");
		return metrics.body()
			.lines()
			.filter((line) -> line.startsWith("orbit_pipeline_latency_seconds_bucket{")
					&& line.contains("stage=\"" + stage + "\""))
			.toList();
	}

	private void send(TelemetryBatch batch, String traceparent) {
		this.rabbitTemplate.send(fixture.routes.exchange(), fixture.routes.routingKey(),
				MessageBuilder.withBody(SpineProbe.codec.write(batch))
					.setContentType("application/json")
					.setDeliveryMode(MessageDeliveryMode.PERSISTENT)
					.setMessageId(batch.batchId().toString())
					.setHeader("traceparent", traceparent)
					.build());
	}

	private static byte[] randomBytes(int length) {
		byte[] bytes = new byte[length];
		ThreadLocalRandom.current().nextBytes(bytes);
		return bytes;
	}

}

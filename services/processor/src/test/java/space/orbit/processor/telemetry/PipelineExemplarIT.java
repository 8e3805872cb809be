package space.orbit.processor.telemetry;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import space.orbit.processor.ProcessorTestInfrastructure;
import space.orbit.telemetry.TelemetryBatch;
import space.orbit.test.Http;
import space.orbit.test.TelemetryFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pipeline latency histogram names the trace of the batch it measured: a batch sent
 * as ingest sends it (a W3C {@code traceparent} header, which Spring AMQP's observation
 * continues) is stored and published, and its {@code stored} and {@code published}
 * latencies carry that trace id as an exemplar in the OpenMetrics exposition.
 *
 * <p>
 * The exemplar sampler keeps a bucket's exemplar at least 7 s, so the batch says it was
 * received 150 s ago: a latency no other test of this JVM produces, in a bucket whose
 * exemplar can only be this batch's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PipelineExemplarIT extends ProcessorTestInfrastructure {

	private static final String OPENMETRICS = "application/openmetrics-text;version=1.0.0";

	@Autowired
	private RabbitTemplate rabbitTemplate;

	@LocalServerPort
	private int port;

	@Test
	void theStoredAndPublishedLatenciesCarryTheTraceOfTheBatch() {
		String traceId = HexFormat.of().formatHex(randomBytes(16));
		String traceparent = "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01";
		TelemetryBatch batch = new TelemetryBatch(UUID.randomUUID(),
				Instant.now().minusSeconds(150).truncatedTo(ChronoUnit.MICROS),
				TelemetryFixtures.frames(5).samplesPerFrame(2).spacecraft("X-1").build());

		send(batch, traceparent);

		for (String stage : List.of("stored", "published")) {
			await().atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(300))
				.untilAsserted(() -> assertThat(latencyBuckets(stage))
					.as("orbit_pipeline_latency_seconds_bucket{stage=\"%s\"} lines", stage)
					.anyMatch((line) -> line.contains("trace_id=\"" + traceId + "\"")));
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
		this.rabbitTemplate.send(routes.exchange(), routes.routingKey(),
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

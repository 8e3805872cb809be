package space.orbit.processor.samples;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import space.orbit.processor.ProcessorTestInfrastructure;
import space.orbit.telemetry.FrameLimits;
import space.orbit.telemetry.TelemetryBatch;
import space.orbit.telemetry.TelemetryCodec;
import space.orbit.test.Http;
import space.orbit.test.TelemetryFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code GET /api/v1/samples} over stored telemetry: every sample once, in (timestamp,
 * spacecraft, sequence, parameter) order, page after page as {@code {items, next}};
 * values keep their JSON type.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SamplesIT extends ProcessorTestInfrastructure {

	private static final Instant START = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);

	@Autowired
	private RabbitTemplate rabbitTemplate;

	@LocalServerPort
	private int port;

	@Test
	void pagesThroughEveryStoredSampleOnceInOrder() {
		String spacecraft = "SAMPLES-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		stored(spacecraft);

		List<JsonNode> samples = new ArrayList<>();
		List<Integer> pageSizes = new ArrayList<>();
		String next = null;
		do {
			JsonNode page = new Http(this.port).as("viewer")
				.get(query(spacecraft) + "&limit=7" + ((next != null) ? "&after=" + next : ""))
				.json();
			page.get("items").forEach(samples::add);
			pageSizes.add(page.get("items").size());
			next = page.has("next") ? page.get("next").asString() : null;
		}
		while (next != null);

		assertThat(pageSizes).containsExactly(7, 7, 7, 7, 7, 5);
		assertThat(samples)
			.extracting((s) -> s.get("timestamp").asString() + "/" + s.get("sequence").asLong() + "/"
					+ s.get("parameter").asString())
			.doesNotHaveDuplicates()
			.isSorted();
		assertThat(samples).allSatisfy((s) -> assertThat(s.get("spacecraftId").asString()).isEqualTo(spacecraft));
		assertThat(samples.get(0).get("timestamp").asString()).isEqualTo(TelemetryCodec.formatTimestamp(START));
		assertThat(samples).filteredOn((s) -> s.get("parameter").asString().startsWith("EPS."))
			.allSatisfy((s) -> assertThat(s.get("value").isNumber()).isTrue());
		assertThat(samples).filteredOn((s) -> s.get("parameter").asString().startsWith("OBC."))
			.allSatisfy((s) -> assertThat(s.get("value").isString()).isTrue());
	}

	@Test
	void readsOneParameterOfEachFrame() {
		String spacecraft = "SAMPLES-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		stored(spacecraft);

		JsonNode page = new Http(this.port).as("viewer").get(query(spacecraft) + "&parameter=EPS.BUS0.VOLTAGE").json();

		assertThat(page.get("items")).hasSize(10);
		assertThat(page.has("next")).isFalse();
		assertThat(page.get("items").findValuesAsString("parameter")).containsOnly("EPS.BUS0.VOLTAGE");
	}

	/** Ten frames of four samples, stored through the queue. */
	private void stored(String spacecraft) {
		TelemetryBatch batch = new TelemetryBatch(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MICROS),
				TelemetryFixtures.frames(10).samplesPerFrame(4).spacecraft(spacecraft).startingAt(START).build());
		this.rabbitTemplate.send(routes.exchange(), routes.routingKey(),
				MessageBuilder.withBody(new TelemetryCodec(FrameLimits.DEFAULT).write(batch))
					.setContentType("application/json")
					.setDeliveryMode(MessageDeliveryMode.PERSISTENT)
					.build());
		await().atMost(Duration.ofSeconds(60))
			.until(() -> postgres
				.queryForLong("SELECT count(*) FROM telemetry_frame WHERE batch_id = '" + batch.batchId() + "'") == 10);
	}

	private static String query(String spacecraft) {
		return "/api/v1/samples?spacecraftId=" + spacecraft + "&from=" + START + "&to=" + START.plusSeconds(60);
	}

}

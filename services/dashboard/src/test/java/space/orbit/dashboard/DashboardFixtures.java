package space.orbit.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import space.orbit.test.TestKafka;

/** Publishes telemetry records (the processor's format) and alert events to Kafka. */
final class DashboardFixtures implements AutoCloseable {

	private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
			Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
					ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16_777_216),
			new StringSerializer(), new ByteArraySerializer());

	/** Parameter names P.0 .. P.n-1 (the first is EPS.BATTERY.VOLTAGE). */
	static List<String> parameters(int n) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			names.add((i == 0) ? "EPS.BATTERY.VOLTAGE" : "P." + i);
		}
		return names;
	}

	/**
	 * One record of {@code frames} frames {@code stepMillis} apart from
	 * {@code startMillis}, each with ten numeric parameters valued
	 * {@code value(frame, parameter)} and AOCS.MODE = NOMINAL; waits for Kafka's
	 * acknowledgement.
	 */
	void publishTelemetry(String topic, String spacecraftId, long startMillis, int frames, long stepMillis,
			BiFunction<Integer, Integer, Double> value) throws Exception {
		List<String> names = parameters(10);
		StringBuilder body = new StringBuilder(frames * 300);
		body.append("{\"spacecraftId\":\"")
			.append(spacecraftId)
			.append("\",\"batchId\":\"")
			.append(UUID.randomUUID())
			.append("\",\"receivedAt\":\"")
			.append(Instant.now())
			.append("\",\"chunk\":0,\"frames\":[");
		for (int i = 0; i < frames; i++) {
			body.append((i > 0) ? "," : "")
				.append("{\"timestamp\":\"")
				.append(Instant.ofEpochMilli(startMillis + i * stepMillis))
				.append("\",\"sequence\":")
				.append(i)
				.append(",\"samples\":{\"AOCS.MODE\":\"NOMINAL\"");
			for (int p = 0; p < names.size(); p++) {
				body.append(",\"").append(names.get(p)).append("\":").append(value.apply(i, p));
			}
			body.append("}}");
		}
		body.append("]}");
		publish(topic, spacecraftId, body.toString());
	}

	void publish(String topic, String key, String body) throws Exception {
		this.producer.send(new ProducerRecord<>(topic, key, body.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.get();
	}

	@Override
	public void close() {
		this.producer.close();
	}

}

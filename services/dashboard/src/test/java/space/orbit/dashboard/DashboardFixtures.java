package space.orbit.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import space.orbit.telemetry.Frame;
import space.orbit.test.TestKafka;

/**
 * Publishes telemetry records (the processor's formats, v1 JSON or v2 columns) and alert
 * events to Kafka.
 */
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
	 * {@code value(frame, parameter)} and AOCS.MODE = NOMINAL, as v1 JSON without a
	 * content type; waits for Kafka's acknowledgement.
	 */
	void publishTelemetry(String topic, String spacecraftId, long startMillis, int frames, long stepMillis,
			BiFunction<Integer, Integer, Double> value) throws Exception {
		publish(topic, spacecraftId, telemetryJson(spacecraftId, startMillis, frames, stepMillis, value));
	}

	/**
	 * The same record in {@code encoding}, with its {@code content-type} header; waits
	 * for Kafka's acknowledgement.
	 */
	void publishTelemetry(TelemetryEncoding encoding, String topic, String spacecraftId, long startMillis, int frames,
			long stepMillis, BiFunction<Integer, Integer, Double> value) throws Exception {
		byte[] record;
		if (encoding == TelemetryEncoding.JSON) {
			record = telemetryJson(spacecraftId, startMillis, frames, stepMillis, value)
				.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		}
		else {
			List<String> names = parameters(10);
			List<Frame> built = new ArrayList<>(frames);
			for (int i = 0; i < frames; i++) {
				Map<String, Object> samples = new LinkedHashMap<>();
				samples.put("AOCS.MODE", "NOMINAL");
				for (int p = 0; p < names.size(); p++) {
					samples.put(names.get(p), value.apply(i, p));
				}
				built.add(new Frame(spacecraftId, Instant.ofEpochMilli(startMillis + i * stepMillis), i, samples));
			}
			record = encoding.encode(spacecraftId, UUID.randomUUID(), Instant.now(), built);
		}
		this.producer.send(encoding.produced(topic, spacecraftId, record)).get();
	}

	private static String telemetryJson(String spacecraftId, long startMillis, int frames, long stepMillis,
			BiFunction<Integer, Integer, Double> value) {
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
		return body.toString();
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

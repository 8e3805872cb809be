package space.orbit.processor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import space.orbit.test.ServiceProcess;
import space.orbit.test.TcpProxy;

/**
 * A real Kafka broker (KRaft, in this JVM) that clients reach only through a
 * {@link TcpProxy}: it advertises the proxy's address, so {@link #cut()} makes it
 * unreachable to every client, as a broker that went down, and {@link #restore()} brings
 * it back with everything it held. Started on first use, stopped when the JVM ends.
 */
public final class ProxiedKafka {

	private final TcpProxy proxy;

	private ProxiedKafka(TcpProxy proxy) {
		this.proxy = proxy;
	}

	/** A broker of its own behind a proxy of its own. */
	public static ProxiedKafka start() {
		int port = ServiceProcess.freePort();
		TcpProxy proxy = TcpProxy.to(port);
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 6);
		// The test kit keeps its own listener (EXTERNAL) on a port of its choosing;
		// clients
		// are told of PROXIED only, whose address is the proxy's.
		broker.brokerProperties(
				Map.of("listeners", "EXTERNAL://localhost:0,PROXIED://127.0.0.1:" + port + ",CONTROLLER://localhost:0",
						"listener.security.protocol.map", "EXTERNAL:PLAINTEXT,PROXIED:PLAINTEXT,CONTROLLER:PLAINTEXT",
						"inter.broker.listener.name", "PROXIED", "advertised.listeners",
						"PROXIED://127.0.0.1:" + proxy.port(), "message.max.bytes", "16777216",
						"auto.create.topics.enable", "true", "group.initial.rebalance.delay.ms", "0"));
		broker.afterPropertiesSet();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			proxy.close();
			broker.destroy();
		}, "proxied-kafka-stop"));
		return new ProxiedKafka(proxy);
	}

	public String bootstrapServers() {
		return "127.0.0.1:" + this.proxy.port();
	}

	/** Drops every client connection and refuses new ones. */
	public void cut() {
		this.proxy.cut();
	}

	public void restore() {
		this.proxy.restore();
	}

	/** Every record of a topic up to its end offsets as they are when called. */
	public List<ConsumerRecord<String, byte[]>> readToEnd(String topic, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
						ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
						ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024),
				new StringDeserializer(), new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout)
				.stream()
				.map((info) -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
			while (!end.entrySet().stream().allMatch((e) -> consumer.position(e.getKey()) >= e.getValue())) {
				if (System.nanoTime() > deadline) {
					throw new AssertionError("Read " + records.size() + " record(s) of " + topic + " in " + timeout
							+ " without reaching its end offsets " + end);
				}
				consumer.poll(Duration.ofMillis(250)).forEach(records::add);
			}
		}
		return records;
	}

}

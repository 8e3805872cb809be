package space.orbit.enricher.registry;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import space.orbit.registry.RegistryEvents;

/**
 * Reads {@code orbit.registry.v1} from the beginning into the {@link Registry}, on a
 * thread of its own, without a consumer group (every instance holds the whole registry).
 * It notes the end offsets at start and is {@link #caughtUp()} once it has read up to
 * them; then it runs {@code onCaughtUp} (the telemetry listener starts) and keeps
 * applying changes. Unreadable records are counted and skipped.
 */
public class RegistryReader implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RegistryReader.class);

	private final Registry registry;

	private final String topic;

	private final Map<String, Object> consumerConfig;

	private final Runnable onCaughtUp;

	private final CountDownLatch caughtUp = new CountDownLatch(1);

	private final AtomicLong read = new AtomicLong();

	private final AtomicLong rejected = new AtomicLong();

	private final MeterRegistry meters;

	private volatile boolean running;

	private volatile KafkaConsumer<String, byte[]> consumer;

	private Thread thread;

	public RegistryReader(Registry registry, String topic, Map<String, Object> kafkaConsumerProperties,
			MeterRegistry meters, Runnable onCaughtUp) {
		this.registry = registry;
		this.meters = meters;
		this.topic = topic;
		this.onCaughtUp = onCaughtUp;
		Map<String, Object> config = new HashMap<>(kafkaConsumerProperties);
		config.remove(ConsumerConfig.GROUP_ID_CONFIG);
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		this.consumerConfig = config;
	}

	public boolean caughtUp() {
		return this.caughtUp.getCount() == 0;
	}

	public long recordsRead() {
		return this.read.get();
	}

	public long recordsRejected() {
		return this.rejected.get();
	}

	@Override
	public void start() {
		this.running = true;
		this.thread = Thread.ofPlatform().name("registry-reader").daemon().start(this::run);
	}

	@Override
	public void stop() {
		this.running = false;
		KafkaConsumer<String, byte[]> current = this.consumer;
		if (current != null) {
			current.wakeup();
		}
		if (this.thread != null) {
			try {
				this.thread.join(Duration.ofSeconds(10));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// before the listener containers (which start later, when caught up)
		return Integer.MIN_VALUE + 1000;
	}

	private void run() {
		while (this.running) {
			try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(this.consumerConfig)) {
				this.consumer = kafka;
				follow(kafka);
			}
			catch (WakeupException ex) {
				// stopping
			}
			catch (RuntimeException ex) {
				log.warn("Reading {} failed, starting over in 2 s: {}", this.topic, ex.toString());
				pause(Duration.ofSeconds(2));
			}
		}
	}

	private void follow(KafkaConsumer<String, byte[]> kafka) {
		List<TopicPartition> partitions = partitions(kafka);
		kafka.assign(partitions);
		kafka.seekToBeginning(partitions);
		Map<TopicPartition, Long> ends = kafka.endOffsets(partitions);
		checkCaughtUp(kafka, ends);
		while (this.running) {
			for (ConsumerRecord<String, byte[]> record : kafka.poll(Duration.ofMillis(500))) {
				apply(record);
			}
			checkCaughtUp(kafka, ends);
		}
	}

	private List<TopicPartition> partitions(KafkaConsumer<String, byte[]> kafka) {
		while (this.running) {
			List<PartitionInfo> infos = kafka.partitionsFor(this.topic, Duration.ofSeconds(5));
			if (infos != null && !infos.isEmpty()) {
				return infos.stream().map(info -> new TopicPartition(this.topic, info.partition())).toList();
			}
			log.info("Waiting for the topic {} to exist", this.topic);
			pause(Duration.ofSeconds(1));
		}
		throw new WakeupException();
	}

	private void apply(ConsumerRecord<String, byte[]> record) {
		this.read.incrementAndGet();
		try {
			this.registry.apply(RegistryEvents.read(record.key(), record.value()));
		}
		catch (RuntimeException ex) {
			// Not only InvalidRegistryEventException: any record that cannot be applied
			// is
			// skipped, else the reader would start over and meet it again, forever.
			this.rejected.incrementAndGet();
			this.meters.counter("orbit.records.rejected", "reason", "registry").increment();
			log.warn("Skipped an unreadable registry record at {}-{}@{}: {}", record.topic(), record.partition(),
					record.offset(), ex.getMessage());
		}
	}

	private void checkCaughtUp(KafkaConsumer<String, byte[]> kafka, Map<TopicPartition, Long> ends) {
		if (caughtUp()) {
			return;
		}
		for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
			if (kafka.position(end.getKey()) < end.getValue()) {
				return;
			}
		}
		log.info("Registry loaded from {}: {} records read, {}", this.topic, this.read.get(), this.registry.sizes());
		this.caughtUp.countDown();
		this.onCaughtUp.run();
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

package space.orbit.analyzer.detection;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a global store in step with its compacted topic ({@code orbit.rules.v1},
 * {@code orbit.registry.v1}; a null value deletes) and counts the changes, so detectors
 * know to recompile their rules before the next sample. A record without a key, or whose
 * value the check refuses, is skipped and counted ({@code orbit_events_invalid_total}):
 * the store keeps what it held under that key.
 */
final class GlobalStoreUpdater implements Processor<String, byte[], Void, Void> {

	private static final Logger log = LoggerFactory.getLogger(GlobalStoreUpdater.class);

	private final String storeName;

	private final AtomicLong generation;

	private final BiConsumer<String, byte[]> check;

	private final DetectionMetrics metrics;

	private KeyValueStore<String, byte[]> store;

	/**
	 * An updater.
	 * @param check throws (any runtime exception) when a key's value is not one the store
	 * may hold
	 */
	GlobalStoreUpdater(String storeName, AtomicLong generation, BiConsumer<String, byte[]> check,
			DetectionMetrics metrics) {
		this.storeName = storeName;
		this.generation = generation;
		this.check = check;
		this.metrics = metrics;
	}

	@Override
	public void init(ProcessorContext<Void, Void> context) {
		this.store = context.getStateStore(this.storeName);
	}

	@Override
	public void process(Record<String, byte[]> record) {
		if (record.key() == null) {
			skip(record, "it has no key");
			return;
		}
		if (record.value() == null) {
			this.store.delete(record.key());
		}
		else {
			try {
				this.check.accept(record.key(), record.value());
			}
			catch (RuntimeException ex) {
				skip(record, ex.getMessage());
				return;
			}
			this.store.put(record.key(), record.value());
		}
		this.generation.incrementAndGet();
	}

	private void skip(Record<String, byte[]> record, String why) {
		this.metrics.invalidRecord();
		log.warn("Skipping a {} record (key {}): {}", this.storeName, record.key(), why);
	}

}

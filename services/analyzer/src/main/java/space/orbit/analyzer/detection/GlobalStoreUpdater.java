package space.orbit.analyzer.detection;

import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps a global store in step with its compacted topic ({@code orbit.rules.v1},
 * {@code orbit.registry.v1}; a null value deletes) and counts the changes, so detectors
 * know to recompile their rules before the next sample.
 */
final class GlobalStoreUpdater implements Processor<String, byte[], Void, Void> {

	private final String storeName;

	private final AtomicLong generation;

	private KeyValueStore<String, byte[]> store;

	GlobalStoreUpdater(String storeName, AtomicLong generation) {
		this.storeName = storeName;
		this.generation = generation;
	}

	@Override
	public void init(ProcessorContext<Void, Void> context) {
		this.store = context.getStateStore(this.storeName);
	}

	@Override
	public void process(Record<String, byte[]> record) {
		if (record.key() == null) {
			return;
		}
		if (record.value() == null) {
			this.store.delete(record.key());
		}
		else {
			this.store.put(record.key(), record.value());
		}
		this.generation.incrementAndGet();
	}

}

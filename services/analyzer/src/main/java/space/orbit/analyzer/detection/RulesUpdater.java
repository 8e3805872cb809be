package space.orbit.analyzer.detection;

import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps the global rules store in step with {@code orbit.rules.v1} (a null value deletes)
 * and counts the changes, so detectors know to recompile their rules before the next
 * sample.
 */
final class RulesUpdater implements Processor<String, byte[], Void, Void> {

	private final AtomicLong generation;

	private KeyValueStore<String, byte[]> store;

	RulesUpdater(AtomicLong generation) {
		this.generation = generation;
	}

	@Override
	public void init(ProcessorContext<Void, Void> context) {
		this.store = context.getStateStore(AnalyzerTopology.RULES_STORE);
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

package space.orbit.analyzer.detection;

import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.Stores;

import space.orbit.registry.RegistryEvents;

/**
 * The analyzer's topology, built by one pure function:
 *
 * <pre>
 * orbit.telemetry.v2 --> detect (spacecraft-state, parameter-state) --> orbit.alerts.v1
 *                             ^ reads
 * orbit.rules.v1 --> rules (global store, every instance holds all rules)
 * orbit.registry.v1 --> registry (global store: the mission database, for its limits)
 * </pre>
 *
 * Records are keyed by spacecraft id, so one task sees all of a spacecraft's frames in
 * order and owns its state; alerts are keyed the same way.
 */
public final class AnalyzerTopology {

	static final String RULES_STORE = "rules";

	static final String REGISTRY_STORE = "registry";

	static final String SPACECRAFT_STORE = "spacecraft-state";

	static final String PARAMETER_STORE = "parameter-state";

	private AnalyzerTopology() {
	}

	/**
	 * The topology.
	 * @param topics the topics it reads and writes
	 * @param settings detection settings
	 * @param metrics where counts and latencies go
	 * @param tracing how alert events join the sample's trace
	 */
	public static Topology build(Topics topics, DetectionSettings settings, DetectionMetrics metrics,
			AlertTracing tracing) {
		AtomicLong rulesGeneration = new AtomicLong();
		AtomicLong registryGeneration = new AtomicLong();
		Topology topology = new Topology();
		addGlobalStore(topology, RULES_STORE, topics.rules(),
				() -> new GlobalStoreUpdater(RULES_STORE, rulesGeneration, RuleSource::check, metrics));
		addGlobalStore(topology, REGISTRY_STORE, topics.registry(),
				() -> new GlobalStoreUpdater(REGISTRY_STORE, registryGeneration, RegistryEvents::read, metrics));
		topology.addSource("telemetry", new StringDeserializer(), new ByteArrayDeserializer(), topics.telemetry());
		topology.addProcessor("detect",
				() -> new DetectionProcessor(settings, metrics, tracing, rulesGeneration, registryGeneration),
				"telemetry");
		topology.addStateStore(
				Stores
					.keyValueStoreBuilder(store(SPACECRAFT_STORE, settings), Serdes.String(),
							new StateSerde<>(SpacecraftState.class))
					.withCachingEnabled(),
				"detect");
		topology.addStateStore(
				Stores
					.keyValueStoreBuilder(store(PARAMETER_STORE, settings), Serdes.String(),
							new StateSerde<>(ParameterState.class))
					.withCachingEnabled(),
				"detect");
		topology.addSink("alerts", topics.alerts(), new StringSerializer(), new ByteArraySerializer(), "detect");
		return topology;
	}

	/** A compacted topic held whole, in memory, by every instance. */
	private static void addGlobalStore(Topology topology, String store, String topic,
			ProcessorSupplier<String, byte[], Void, Void> updater) {
		topology.addGlobalStore(
				Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(store), Serdes.String(), Serdes.ByteArray())
					.withLoggingDisabled(),
				store + "-source", new StringDeserializer(), new ByteArrayDeserializer(), topic, store + "-update",
				updater);
	}

	private static KeyValueBytesStoreSupplier store(String name, DetectionSettings settings) {
		return settings.persistentState() ? Stores.persistentKeyValueStore(name) : Stores.inMemoryKeyValueStore(name);
	}

	/**
	 * The topics of the topology.
	 *
	 * @param telemetry processed telemetry ({@code orbit.telemetry.v2})
	 * @param rules detection rules, compacted ({@code orbit.rules.v1})
	 * @param alerts alert events ({@code orbit.alerts.v1})
	 * @param registry the mission database, compacted ({@code orbit.registry.v1})
	 */
	public record Topics(String telemetry, String rules, String alerts, String registry) {
	}

}

package space.orbit.enricher.registry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import space.orbit.registry.Mission;
import space.orbit.registry.ParameterDefinition;
import space.orbit.registry.RegistryEvent;
import space.orbit.registry.RegistryKey;
import space.orbit.registry.Spacecraft;

/**
 * The registry in memory: the latest state of every key of {@code orbit.registry.v1}. One
 * thread applies events, any thread reads.
 */
public class Registry {

	private final Map<String, Mission> missions = new ConcurrentHashMap<>();

	private final Map<String, Spacecraft> spacecraft = new ConcurrentHashMap<>();

	private final Map<RegistryKey.ParameterKey, ParameterDefinition> parameters = new ConcurrentHashMap<>();

	/** Applies one event: a record replaces the key's state, a tombstone removes it. */
	public void apply(RegistryEvent event) {
		switch (event.key()) {
			case RegistryKey.MissionKey key -> put(this.missions, key.id(), (Mission) event.record());
			case RegistryKey.SpacecraftKey key -> put(this.spacecraft, key.id(), (Spacecraft) event.record());
			case RegistryKey.ParameterKey key -> put(this.parameters, key, (ParameterDefinition) event.record());
		}
	}

	/** The spacecraft, or null when it is not registered. */
	public Spacecraft spacecraft(String id) {
		return this.spacecraft.get(id);
	}

	/** The mission, or null. */
	public Mission mission(String id) {
		return this.missions.get(id);
	}

	/** A parameter of a mission, or null when it is not defined. */
	public ParameterDefinition parameter(String missionId, String name) {
		return this.parameters.get(new RegistryKey.ParameterKey(missionId, name));
	}

	/** How many records of each kind are held. */
	public Map<String, Integer> sizes() {
		return Map.of("missions", this.missions.size(), "spacecraft", this.spacecraft.size(), "parameters",
				this.parameters.size());
	}

	private static <K, V> void put(Map<K, V> map, K key, V value) {
		if (value == null) {
			map.remove(key);
		}
		else {
			map.put(key, value);
		}
	}

}

package space.orbit.analyzer.detection;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import space.orbit.analyzer.rules.DefaultLimits;
import space.orbit.analyzer.rules.Rule;
import space.orbit.registry.Limits;
import space.orbit.registry.ParameterDefinition;
import space.orbit.registry.RegistryEvent;
import space.orbit.registry.RegistryEvents;
import space.orbit.registry.RegistryRecord;
import space.orbit.registry.Spacecraft;

/**
 * The mission database's limits, compiled from the registry store: each parameter with at
 * least one limit becomes a limit rule for every spacecraft of its mission, with the
 * parameter's registry key ({@code parameter/<missionId>/<name>}) as its id. A lookup is
 * two map lookups. Records that cannot be read are skipped (and logged).
 */
final class MissionLimits implements DefaultLimits {

	private static final Logger log = LoggerFactory.getLogger(MissionLimits.class);

	static final MissionLimits NONE = new MissionLimits(Map.of(), Map.of());

	/** Mission of each spacecraft. */
	private final Map<String, String> missions;

	/** Limit rules by {@code missionId/name}. */
	private final Map<String, Rule> limits;

	private MissionLimits(Map<String, String> missions, Map<String, Rule> limits) {
		this.missions = missions;
		this.limits = limits;
	}

	static MissionLimits read(KeyValueStore<String, byte[]> store) {
		Map<String, String> missions = new HashMap<>();
		Map<String, Rule> limits = new HashMap<>();
		try (KeyValueIterator<String, byte[]> all = store.all()) {
			while (all.hasNext()) {
				KeyValue<String, byte[]> entry = all.next();
				RegistryRecord record = record(entry);
				if (record instanceof Spacecraft spacecraft) {
					missions.put(spacecraft.id(), spacecraft.missionId());
				}
				else if (record instanceof ParameterDefinition parameter) {
					Rule rule = rule(parameter);
					if (rule != null) {
						limits.put(parameter.missionId() + '/' + parameter.name(), rule);
					}
				}
			}
		}
		return new MissionLimits(missions, limits);
	}

	@Override
	public Rule limits(String spacecraftId, String parameter) {
		String mission = this.missions.get(spacecraftId);
		return (mission != null) ? this.limits.get(mission + '/' + parameter) : null;
	}

	int size() {
		return this.limits.size();
	}

	/**
	 * The limit rule of a parameter definition, or null when it has no limit. Its
	 * hysteresis (none: zero) works as a rule's: an alert drops or clears only once the
	 * value is that far back inside the limit it crossed.
	 */
	static Rule rule(ParameterDefinition parameter) {
		Limits limits = parameter.limits();
		if (limits == null || limits.noBound()) {
			return null;
		}
		return new Rule(parameter.registryKey().toString(), parameter.name(), null, true, false,
				"Limits of " + parameter.name() + " in the mission database (mission " + parameter.missionId() + ")",
				new Rule.Limits(limits.criticalLow(), limits.warningLow(), limits.warningHigh(), limits.criticalHigh(),
						limits.hysteresis()),
				null, null, null, null);
	}

	private static RegistryRecord record(KeyValue<String, byte[]> entry) {
		try {
			RegistryEvent event = RegistryEvents.read(entry.key, entry.value);
			return event.record();
		}
		catch (RuntimeException ex) {
			log.warn("Ignoring unreadable mission database record {}: {}", entry.key, ex.getMessage());
			return null;
		}
	}

}

package space.orbit.enricher.enrichment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import space.orbit.enricher.registry.Registry;
import space.orbit.registry.ParameterDefinition;
import space.orbit.registry.Spacecraft;
import space.orbit.telemetry.TelemetryRecord;

/**
 * Enriches telemetry: for each sample, its engineering value (the parameter's calibration
 * applied to a number; the number itself without one), unit, subsystem and mission, from
 * the registry as it is when the record is enriched; then the derived parameters of each
 * frame. A sample of an unknown spacecraft or parameter is kept, flagged unknown, with
 * its number as engineering value. A calibration that cannot be applied (an invalid
 * definition on the topic) leaves the engineering value empty.
 */
public class Enricher {

	private final Registry registry;

	private final List<DerivedParameter> derived;

	public Enricher(Registry registry, List<DerivedParameter> derived) {
		this.registry = registry;
		this.derived = List.copyOf(derived);
	}

	public List<EnrichedSample> enrich(TelemetryRecord record) {
		Spacecraft spacecraft = this.registry.spacecraft(record.spacecraftId());
		String missionId = (spacecraft != null) ? spacecraft.missionId() : null;
		List<EnrichedSample> enriched = new ArrayList<>(record.sampleCount() + record.frames().size());
		Map<String, Double> engineering = new HashMap<>();
		for (TelemetryRecord.Frame frame : record.frames()) {
			engineering.clear();
			for (Map.Entry<String, Object> sample : frame.samples().entrySet()) {
				EnrichedSample one = sample(record.spacecraftId(), missionId, frame, sample.getKey(),
						sample.getValue());
				if (one.engineering() != null) {
					engineering.put(one.parameter(), one.engineering());
				}
				enriched.add(one);
			}
			for (DerivedParameter parameter : this.derived) {
				Double value = parameter.compute(engineering);
				if (value != null && !frame.samples().containsKey(parameter.name())) {
					enriched.add(new EnrichedSample(record.spacecraftId(), parameter.name(), frame.timeMicros(),
							frame.sequence(), null, value, true, missionId, subsystemOf(parameter.name()),
							parameter.unit(), true));
				}
			}
		}
		return enriched;
	}

	private EnrichedSample sample(String spacecraftId, String missionId, TelemetryRecord.Frame frame, String parameter,
			Object raw) {
		ParameterDefinition definition = (missionId != null) ? this.registry.parameter(missionId, parameter) : null;
		Double engineering = null;
		if (raw instanceof Number number) {
			engineering = (definition != null) ? calibrated(definition, number.doubleValue()) : number.doubleValue();
		}
		if (definition == null) {
			return new EnrichedSample(spacecraftId, parameter, frame.timeMicros(), frame.sequence(), raw, engineering,
					false, missionId, subsystemOf(parameter), null, false);
		}
		return new EnrichedSample(spacecraftId, parameter, frame.timeMicros(), frame.sequence(), raw, engineering, true,
				missionId, definition.subsystem(), definition.unit(), false);
	}

	private static Double calibrated(ParameterDefinition definition, double raw) {
		try {
			double value = definition.engineeringValue(raw);
			return Double.isFinite(value) ? value : null;
		}
		catch (RuntimeException invalidCalibration) {
			return null;
		}
	}

	static String subsystemOf(String parameter) {
		int dot = parameter.indexOf('.');
		return (dot > 0) ? parameter.substring(0, dot) : parameter;
	}

}

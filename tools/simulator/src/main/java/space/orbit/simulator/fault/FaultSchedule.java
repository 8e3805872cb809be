package space.orbit.simulator.fault;

import java.time.Instant;
import java.util.List;

import space.orbit.simulator.model.ParameterCatalog;

/**
 * The faults of one run, in the order given.
 *
 * @param faults the parsed specs
 */
public record FaultSchedule(List<FaultSpec> faults) {

	public static final FaultSchedule NONE = new FaultSchedule(List.of());

	public FaultSchedule {
		faults = List.copyOf(faults);
	}

	/**
	 * Parses specs for a run of {@code spacecraft} spacecraft whose frames carry
	 * {@code catalog}.
	 * @throws InvalidFaultSpecException on the first bad spec
	 */
	public static FaultSchedule parse(List<String> specs, int spacecraft, ParameterCatalog catalog) {
		FaultSpecParser parser = new FaultSpecParser(spacecraft, catalog);
		return new FaultSchedule(specs.stream().map(parser::parse).toList());
	}

	public List<FaultSpec> forSpacecraft(String spacecraftId) {
		return this.faults.stream().filter((f) -> f.spacecraftId().equals(spacecraftId)).toList();
	}

	/**
	 * What each fault must make the analyzer do, in a run that started at {@code start}.
	 */
	public List<ExpectedAlert> expectedAlerts(Instant start) {
		return this.faults.stream().map((f) -> f.expectedAlert(start)).toList();
	}

}

package space.orbit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What a sample costs each component (issue 19): CPU in core-seconds per million accepted
 * samples, Orbit's sum without the load generator, and the machine's budget at the rate.
 */
class StepCostTest {

	/** A step of {@code accepted} samples, all stored and published. */
	private static StepResult step(int offered, long accepted, double acceptedPerSecond,
			Map<String, ProcessStats.Usage> processes) {
		return new StepResult(offered, accepted, accepted, accepted, accepted, acceptedPerSecond, acceptedPerSecond,
				2.0, 0.05, 0.09, 0.12, 0.1, 0.2, 10, processes, null, null, null);
	}

	private static ProcessStats.Usage cpu(double cpuSeconds) {
		return new ProcessStats.Usage(cpuSeconds / 32, cpuSeconds, 300);
	}

	@Test
	void eachComponentCostsItsCpuOverTheMillionsItAccepted() {
		StepResult step = step(250_000, 7_500_000, 250_000, Map.of("processor", cpu(15), "postgres", cpu(9),
				StepResult.LOAD_GENERATOR, cpu(10.5), "ingest", cpu(7.5)));

		assertThat(step.coreSecondsPerMillion()).containsExactly(Map.entry("processor", 2.0),
				Map.entry(StepResult.LOAD_GENERATOR, 1.4), Map.entry("postgres", 1.2), Map.entry("ingest", 1.0));
		assertThat(step.orbitCoreSecondsPerMillion()).isCloseTo(4.2, within(1e-9));
		assertThat(step.budgetCoreSecondsPerMillion(2)).isCloseTo(8.0, within(1e-9));
	}

	@Test
	void aStepThatAcceptedNothingHasNoCost() {
		StepResult step = step(25_000, 0, 0, Map.of("processor", cpu(3)));

		assertThat(step.coreSecondsPerMillion()).isEmpty();
		assertThat(step.orbitCoreSecondsPerMillion()).isNaN();
		assertThat(step.budgetCoreSecondsPerMillion(2)).isNaN();
	}

	@Test
	void theReportHasAColumnPerComponentMostCostlyFirstAndTheBudget() {
		StepResult slow = step(25_000, 750_000, 25_000,
				Map.of("processor", cpu(1.5), "analyzer", cpu(3), StepResult.LOAD_GENERATOR, cpu(0.75)));
		StepResult fast = step(250_000, 7_500_000, 250_000, Map.of("processor", cpu(15), "analyzer", cpu(22.5),
				StepResult.LOAD_GENERATOR, cpu(7.5), "enricher", cpu(3)));
		Report report = new Report(Instant.parse("2026-12-07T13:00:00Z"), 2, Map.of(), List.of(slow, fast), Map.of(),
				Map.of(), null);

		String markdown = report.markdown();

		assertThat(markdown).contains(
				"| offered samples/s | analyzer | processor | simulator (load) | enricher | **Orbit** (all but the load) | budget |")
			.contains("| 25,000 | 4.00 | 2.00 | 1.00 | - | **6.00** | 80.00 |")
			.contains("| 250,000 | 3.00 | 2.00 | 1.00 | 0.40 | **5.40** | 8.00 |")
			.contains("what 2 cores have at the accepted rate");
	}

	@Test
	void theRawJsonHoldsTheCostsBesideTheCpuTheyComeFrom(@TempDir Path out) throws Exception {
		StepResult step = step(250_000, 7_500_000, 250_000,
				Map.of("processor", cpu(15), StepResult.LOAD_GENERATOR, cpu(7.5)));
		Path json = new Report(Instant.parse("2026-12-07T13:00:00Z"), 2, Map.of(), List.of(step), Map.of(), Map.of(),
				null)
			.write(out);

		JsonNode written = JsonMapper.builder().build().readTree(Files.readString(json));

		assertThat(written.get("cores").asInt()).isEqualTo(2);
		JsonNode first = written.get("steps").get(0);
		assertThat(first.at("/processes/processor/cpuSeconds").asDouble()).isEqualTo(15.0);
		assertThat(first.at("/coreSecondsPerMillion/processor").asDouble()).isEqualTo(2.0);
		assertThat(first.get("orbitCoreSecondsPerMillion").asDouble()).isEqualTo(2.0);
	}

}

package space.orbit.simulator.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo mission database that {@code ./orbit up} seeds
 * ({@code tools/orbit/demo/parameters.jsonl}) holds this catalog's limits: the analyzer
 * applies them from there (ADR 0023), and the faults the simulator injects are designed
 * against them. Each has a hysteresis wide enough for the sensor's noise and resolution,
 * so nominal telemetry near a limit does not flap an alert.
 */
class DemoMissionDatabaseTest {

	@Test
	void everyLimitOfTheCatalogIsInTheDemoMissionDatabaseWithAHysteresis() throws Exception {
		Map<String, JsonNode> demo = new LinkedHashMap<>();
		JsonMapper json = JsonMapper.builder().build();
		for (String line : Files.readAllLines(Path.of("../orbit/demo/parameters.jsonl"))) {
			if (!line.isBlank()) {
				JsonNode parameter = json.readTree(line);
				demo.put(parameter.get("name").asString(), parameter);
			}
		}
		int limited = 0;
		for (ParameterSpec spec : ParameterCatalog.MODELLED.parameters()) {
			JsonNode limits = demo.get(spec.name()).get("limits");
			if (spec.warningLow() == null && spec.warningHigh() == null && spec.criticalLow() == null
					&& spec.criticalHigh() == null) {
				assertThat(limits).as(spec.name()).isNull();
				continue;
			}
			limited++;
			assertThat(limits).as(spec.name()).isNotNull();
			assertThat(value(limits, "warningLow")).as(spec.name()).isEqualTo(spec.warningLow());
			assertThat(value(limits, "warningHigh")).as(spec.name()).isEqualTo(spec.warningHigh());
			assertThat(value(limits, "criticalLow")).as(spec.name()).isEqualTo(spec.criticalLow());
			assertThat(value(limits, "criticalHigh")).as(spec.name()).isEqualTo(spec.criticalHigh());
			double hysteresis = limits.get("hysteresis").asDouble();
			assertThat(hysteresis).as(spec.name() + " hysteresis").isPositive();
			assertThat(hysteresis).as(spec.name() + " hysteresis, three times the noise")
				.isGreaterThanOrEqualTo(3 * spec.noise() - 1e-9);
			assertThat(hysteresis).as(spec.name() + " hysteresis, the resolution")
				.isGreaterThanOrEqualTo(Math.pow(10, -spec.decimals()) - 1e-12);
		}
		assertThat(limited).isEqualTo(26);
	}

	private static Double value(JsonNode limits, String name) {
		JsonNode value = limits.get(name);
		return (value == null || value.isNull()) ? null : value.asDouble();
	}

}

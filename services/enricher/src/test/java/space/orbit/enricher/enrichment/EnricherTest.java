package space.orbit.enricher.enrichment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import space.orbit.enricher.registry.Registry;
import space.orbit.registry.LookupTable;
import space.orbit.registry.Mission;
import space.orbit.registry.ParameterDefinition;
import space.orbit.registry.Polynomial;
import space.orbit.registry.RawType;
import space.orbit.registry.RegistryEvent;
import space.orbit.registry.RegistryKey;
import space.orbit.registry.RegistryRecord;
import space.orbit.registry.Spacecraft;
import space.orbit.telemetry.TelemetryRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EnricherTest {

	private final Registry registry = new Registry();

	private final Enricher enricher = new Enricher(this.registry, List.of(new DerivedParameter("EPS.BATTERY.POWER",
			DerivedParameter.Operation.PRODUCT, List.of("EPS.BATTERY.VOLTAGE", "EPS.BATTERY.CURRENT"), "W")));

	EnricherTest() {
		put(new Mission("DEMO", "Demo", null));
		put(new Spacecraft("ORB-1", "DEMO", "Orbit 1", null, null));
		// volts = 0.01 * counts - 1.0
		put(new ParameterDefinition("DEMO", "EPS.BATTERY.VOLTAGE", "EPS", null, "V", RawType.INTEGER,
				Polynomial.of(-1.0, 0.01), null));
		put(new ParameterDefinition("DEMO", "EPS.BATTERY.CURRENT", "EPS", null, "A", RawType.FLOAT, null, null));
		put(new ParameterDefinition("DEMO", "THERMAL.PANEL.TEMP", "THERMAL", null, "degC", RawType.INTEGER,
				new LookupTable(List.of(new LookupTable.Point(0, -40), new LookupTable.Point(1000, 60))), null));
		put(new ParameterDefinition("DEMO", "AOCS.MODE", "AOCS", null, null, RawType.STRING, null, null));
	}

	@Test
	void calibratesKnownParametersAndNamesTheirUnitSubsystemAndMission() {
		List<EnrichedSample> samples = this.enricher.enrich(record("ORB-1", Map.of("EPS.BATTERY.VOLTAGE", 2910L,
				"THERMAL.PANEL.TEMP", 250L, "AOCS.MODE", "NADIR", "EPS.BATTERY.CURRENT", -2.5)));
		EnrichedSample voltage = find(samples, "EPS.BATTERY.VOLTAGE");
		// 0.01 * 2910 - 1.0 = 28.1
		assertThat(voltage.engineering()).isCloseTo(28.1, within(1e-12));
		assertThat(voltage.raw()).isEqualTo(2910L);
		assertThat(voltage)
			.extracting(EnrichedSample::known, EnrichedSample::unit, EnrichedSample::subsystem,
					EnrichedSample::missionId, EnrichedSample::derived)
			.containsExactly(true, "V", "EPS", "DEMO", false);
		// -40 + 100 * 250/1000 = -15
		assertThat(find(samples, "THERMAL.PANEL.TEMP").engineering()).isEqualTo(-15.0);
		EnrichedSample mode = find(samples, "AOCS.MODE");
		assertThat(mode.raw()).isEqualTo("NADIR");
		assertThat(mode.engineering()).isNull();
		assertThat(mode.known()).isTrue();
		assertThat(find(samples, "EPS.BATTERY.CURRENT").engineering()).isEqualTo(-2.5);
	}

	@Test
	void derivesBatteryPowerFromTheCalibratedVoltageAndTheCurrentOfTheSameFrame() {
		List<EnrichedSample> samples = this.enricher
			.enrich(record("ORB-1", Map.of("EPS.BATTERY.VOLTAGE", 2910L, "EPS.BATTERY.CURRENT", -2.5)));
		EnrichedSample power = find(samples, "EPS.BATTERY.POWER");
		// 28.1 V x -2.5 A = -70.25 W (discharging)
		assertThat(power.engineering()).isCloseTo(-70.25, within(1e-9));
		assertThat(power.raw()).isNull();
		assertThat(power)
			.extracting(EnrichedSample::derived, EnrichedSample::known, EnrichedSample::unit, EnrichedSample::subsystem,
					EnrichedSample::timeMicros, EnrichedSample::sequence)
			.containsExactly(true, true, "W", "EPS", 1_000_000L, 7L);
	}

	@Test
	void derivesNothingWhenAnInputIsMissingFromTheFrame() {
		List<EnrichedSample> samples = this.enricher.enrich(record("ORB-1", Map.of("EPS.BATTERY.VOLTAGE", 2910L)));
		assertThat(samples).extracting(EnrichedSample::parameter).containsExactly("EPS.BATTERY.VOLTAGE");
	}

	@Test
	void keepsUnknownParametersFlaggedWithTheirNumberAsEngineeringValue() {
		List<EnrichedSample> samples = this.enricher.enrich(record("ORB-1", Map.of("PAYLOAD.NEW.THING", 3L)));
		assertThat(samples).singleElement()
			.extracting(EnrichedSample::known, EnrichedSample::engineering, EnrichedSample::subsystem,
					EnrichedSample::missionId, EnrichedSample::unit)
			.containsExactly(false, 3.0, "PAYLOAD", "DEMO", null);
	}

	@Test
	void keepsEverySampleOfAnUnknownSpacecraftFlagged() {
		List<EnrichedSample> samples = this.enricher
			.enrich(record("GHOST-9", Map.of("EPS.BATTERY.VOLTAGE", 2910L, "AOCS.MODE", "SAFE")));
		assertThat(samples).hasSize(2).allSatisfy(sample -> {
			assertThat(sample.known()).isFalse();
			assertThat(sample.missionId()).isNull();
		});
		// no calibration without a definition: the raw number stands
		assertThat(find(samples, "EPS.BATTERY.VOLTAGE").engineering()).isEqualTo(2910.0);
	}

	@Test
	void followsRegistryChangesAndDeletions() {
		put(new ParameterDefinition("DEMO", "EPS.BATTERY.VOLTAGE", "EPS", null, "mV", RawType.INTEGER,
				Polynomial.of(0, 10), null));
		assertThat(find(this.enricher.enrich(record("ORB-1", Map.of("EPS.BATTERY.VOLTAGE", 5L))), "EPS.BATTERY.VOLTAGE")
			.engineering()).isEqualTo(50.0);
		this.registry.apply(new RegistryEvent(new RegistryKey.SpacecraftKey("ORB-1"), null));
		assertThat(find(this.enricher.enrich(record("ORB-1", Map.of("EPS.BATTERY.VOLTAGE", 5L))), "EPS.BATTERY.VOLTAGE")
			.known()).isFalse();
	}

	private void put(RegistryRecord record) {
		this.registry.apply(new RegistryEvent(record.registryKey(), record));
	}

	private static TelemetryRecord record(String spacecraftId, Map<String, Object> samples) {
		return new TelemetryRecord(spacecraftId, "b", 0,
				List.of(new TelemetryRecord.Frame(1_000_000L, 7, new LinkedHashMap<>(samples))));
	}

	private static EnrichedSample find(List<EnrichedSample> samples, String parameter) {
		return samples.stream().filter(s -> s.parameter().equals(parameter)).findFirst().orElseThrow();
	}

}

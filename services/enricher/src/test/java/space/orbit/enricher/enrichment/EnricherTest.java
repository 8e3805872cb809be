package space.orbit.enricher.enrichment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import space.orbit.enricher.TelemetryEncoding;
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
import space.orbit.telemetry.Frame;
import space.orbit.telemetry.columnar.TelemetryRecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every case over both contracts of a record: v1 JSON and v2 columns, each read as the
 * listener reads it, by its content type.
 */
class EnricherTest {

	private final AtomicInteger lookups = new AtomicInteger();

	private final Registry registry = new Registry() {

		@Override
		public ParameterDefinition parameter(String missionId, String name) {
			EnricherTest.this.lookups.incrementAndGet();
			return super.parameter(missionId, name);
		}

	};

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

	@ParameterizedTest
	@EnumSource(TelemetryEncoding.class)
	void calibratesKnownParametersAndNamesTheirUnitSubsystemAndMission(TelemetryEncoding encoding) {
		List<EnrichedSample> samples = enrich(encoding, record("ORB-1", Map.of("EPS.BATTERY.VOLTAGE", 2910L,
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

	@ParameterizedTest
	@EnumSource(TelemetryEncoding.class)
	void derivesBatteryPowerFromTheCalibratedVoltageAndTheCurrentOfTheSameFrame(TelemetryEncoding encoding) {
		List<EnrichedSample> samples = enrich(encoding,
				record("ORB-1", Map.of("EPS.BATTERY.VOLTAGE", 2910L, "EPS.BATTERY.CURRENT", -2.5)));
		EnrichedSample power = find(samples, "EPS.BATTERY.POWER");
		// 28.1 V x -2.5 A = -70.25 W (discharging)
		assertThat(power.engineering()).isCloseTo(-70.25, within(1e-9));
		assertThat(power.raw()).isNull();
		assertThat(power)
			.extracting(EnrichedSample::derived, EnrichedSample::known, EnrichedSample::unit, EnrichedSample::subsystem,
					EnrichedSample::timeMicros, EnrichedSample::sequence)
			.containsExactly(true, true, "W", "EPS", 1_000_000L, 7L);
	}

	@ParameterizedTest
	@EnumSource(TelemetryEncoding.class)
	void derivesNothingWhenAnInputIsMissingFromTheFrame(TelemetryEncoding encoding) {
		List<EnrichedSample> samples = enrich(encoding, record("ORB-1", Map.of("EPS.BATTERY.VOLTAGE", 2910L)));
		assertThat(samples).extracting(EnrichedSample::parameter).containsExactly("EPS.BATTERY.VOLTAGE");
	}

	@ParameterizedTest
	@EnumSource(TelemetryEncoding.class)
	void keepsUnknownParametersFlaggedWithTheirNumberAsEngineeringValue(TelemetryEncoding encoding) {
		List<EnrichedSample> samples = enrich(encoding, record("ORB-1", Map.of("PAYLOAD.NEW.THING", 3L)));
		assertThat(samples).singleElement()
			.extracting(EnrichedSample::known, EnrichedSample::engineering, EnrichedSample::subsystem,
					EnrichedSample::missionId, EnrichedSample::unit)
			.containsExactly(false, 3.0, "PAYLOAD", "DEMO", null);
	}

	@ParameterizedTest
	@EnumSource(TelemetryEncoding.class)
	void keepsEverySampleOfAnUnknownSpacecraftFlagged(TelemetryEncoding encoding) {
		List<EnrichedSample> samples = enrich(encoding,
				record("GHOST-9", Map.of("EPS.BATTERY.VOLTAGE", 2910L, "AOCS.MODE", "SAFE")));
		assertThat(samples).hasSize(2).allSatisfy(sample -> {
			assertThat(sample.known()).isFalse();
			assertThat(sample.missionId()).isNull();
		});
		// no calibration without a definition: the raw number stands
		assertThat(find(samples, "EPS.BATTERY.VOLTAGE").engineering()).isEqualTo(2910.0);
	}

	@ParameterizedTest
	@EnumSource(TelemetryEncoding.class)
	void followsRegistryChangesAndDeletions(TelemetryEncoding encoding) {
		put(new ParameterDefinition("DEMO", "EPS.BATTERY.VOLTAGE", "EPS", null, "mV", RawType.INTEGER,
				Polynomial.of(0, 10), null));
		assertThat(find(enrich(encoding, record("ORB-1", Map.of("EPS.BATTERY.VOLTAGE", 5L))), "EPS.BATTERY.VOLTAGE")
			.engineering()).isEqualTo(50.0);
		this.registry.apply(new RegistryEvent(new RegistryKey.SpacecraftKey("ORB-1"), null));
		assertThat(find(enrich(encoding, record("ORB-1", Map.of("EPS.BATTERY.VOLTAGE", 5L))), "EPS.BATTERY.VOLTAGE")
			.known()).isFalse();
	}

	@ParameterizedTest
	@EnumSource(TelemetryEncoding.class)
	void looksTheRegistryUpOncePerColumnAndCalibratesEveryFrame(TelemetryEncoding encoding) {
		List<Frame> frames = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			frames.add(frame(i,
					Map.of("EPS.BATTERY.VOLTAGE", 2900L + i, "EPS.BATTERY.CURRENT", -2.0, "AOCS.MODE", "NADIR")));
		}
		EnrichedRecord record = this.enricher.enrich(read(encoding, "ORB-1", frames));
		assertThat(this.lookups).hasValue(3);
		assertThat(record.columns()).extracting(EnrichedColumns::parameter)
			.containsExactly("AOCS.MODE", "EPS.BATTERY.CURRENT", "EPS.BATTERY.VOLTAGE", "EPS.BATTERY.POWER");
		assertThat(record.sampleCount()).isEqualTo(4 * 50);
		assertThat(record.derivedSamples()).isEqualTo(50);
		assertThat(record.unknownSamples()).isZero();
		List<EnrichedSample> power = of(record.samples(), "EPS.BATTERY.POWER");
		for (int i = 0; i < 50; i++) {
			assertThat(power.get(i).timeMicros()).isEqualTo(1_000_000L * (i + 1));
			assertThat(power.get(i).sequence()).isEqualTo(i);
			assertThat(power.get(i).engineering()).isCloseTo((0.01 * (2900 + i) - 1.0) * -2.0, within(1e-9));
		}
	}

	@ParameterizedTest
	@EnumSource(TelemetryEncoding.class)
	void derivesOnlyInTheFramesThatHaveEveryInputAndNoSampleOfTheDerivedName(TelemetryEncoding encoding) {
		List<EnrichedSample> samples = enrich(encoding, "ORB-1", List.of(
				frame(0, Map.of("EPS.BATTERY.VOLTAGE", 2910L, "EPS.BATTERY.CURRENT", -2.5)),
				frame(1, Map.of("EPS.BATTERY.VOLTAGE", 2920L)), frame(2, Map.of("EPS.BATTERY.CURRENT", -1.0)),
				frame(3, Map.of("EPS.BATTERY.VOLTAGE", 2930L, "EPS.BATTERY.CURRENT", -3.0, "EPS.BATTERY.POWER", 1.5)),
				frame(4, Map.of("EPS.BATTERY.VOLTAGE", 2940L, "EPS.BATTERY.CURRENT", 2.0))));
		List<EnrichedSample> power = of(samples, "EPS.BATTERY.POWER");
		assertThat(power).extracting(EnrichedSample::sequence).containsExactlyInAnyOrder(0L, 3L, 4L);
		EnrichedSample sent = power.stream().filter((s) -> s.sequence() == 3).findFirst().orElseThrow();
		// sent by the spacecraft: kept as sent, not derived (and not defined by the
		// registry)
		assertThat(sent)
			.extracting(EnrichedSample::raw, EnrichedSample::engineering, EnrichedSample::derived,
					EnrichedSample::known)
			.containsExactly(1.5, 1.5, false, false);
		List<EnrichedSample> derived = power.stream().filter(EnrichedSample::derived).toList();
		assertThat(derived).extracting(EnrichedSample::sequence).containsExactly(0L, 4L);
		assertThat(derived.get(0).engineering()).isCloseTo((0.01 * 2910 - 1.0) * -2.5, within(1e-9));
		assertThat(derived.get(1).engineering()).isCloseTo((0.01 * 2940 - 1.0) * 2.0, within(1e-9));
		assertThat(of(samples, "EPS.BATTERY.VOLTAGE")).extracting(EnrichedSample::sequence)
			.containsExactly(0L, 1L, 3L, 4L);
		assertThat(of(samples, "EPS.BATTERY.CURRENT")).extracting(EnrichedSample::sequence)
			.containsExactly(0L, 2L, 3L, 4L);
	}

	@ParameterizedTest
	@EnumSource(TelemetryEncoding.class)
	void keepsEachRawValueItsTypeInAColumnOfMixedTypes(TelemetryEncoding encoding) {
		put(new ParameterDefinition("DEMO", "PAYLOAD.STATE", "PAYLOAD", null, "u", RawType.FLOAT, Polynomial.of(1, 2),
				null));
		List<EnrichedSample> samples = of(
				enrich(encoding, "ORB-1",
						List.of(frame(0, Map.of("PAYLOAD.STATE", 3L)), frame(1, Map.of("PAYLOAD.STATE", "OFF")),
								frame(2, Map.of("PAYLOAD.STATE", 0.5)), frame(3, Map.of("PAYLOAD.STATE", true)))),
				"PAYLOAD.STATE");
		assertThat(samples).extracting(EnrichedSample::raw).containsExactly(3L, "OFF", 0.5, true);
		assertThat(samples).extracting(EnrichedSample::engineering).containsExactly(7.0, null, 2.0, null);
		assertThat(samples).allSatisfy((sample) -> assertThat(sample.unit()).isEqualTo("u"));
	}

	@ParameterizedTest
	@EnumSource(TelemetryEncoding.class)
	void aCalibrationThatGivesNoFiniteNumberLeavesOnlyThatSampleWithoutEngineeringValue(TelemetryEncoding encoding) {
		put(new ParameterDefinition("DEMO", "EPS.BATTERY.VOLTAGE", "EPS", null, "V", RawType.INTEGER,
				Polynomial.of(0, 1e308), null));
		List<EnrichedSample> samples = of(
				enrich(encoding, "ORB-1", List.of(frame(0, Map.of("EPS.BATTERY.VOLTAGE", 1L)),
						frame(1, Map.of("EPS.BATTERY.VOLTAGE", 2L)), frame(2, Map.of("EPS.BATTERY.VOLTAGE", 0L)))),
				"EPS.BATTERY.VOLTAGE");
		assertThat(samples).extracting(EnrichedSample::engineering).containsExactly(1e308, null, 0.0);
	}

	@Test
	void aRecordWithoutFramesGivesNoSample() {
		// v1 only: a v2 record has at least one frame
		EnrichedRecord record = this.enricher.enrich(read(TelemetryEncoding.JSON, "ORB-1", List.of()));
		assertThat(record.columns()).isEmpty();
		assertThat(record.sampleCount()).isZero();
	}

	private void put(RegistryRecord record) {
		this.registry.apply(new RegistryEvent(record.registryKey(), record));
	}

	private List<EnrichedSample> enrich(TelemetryEncoding encoding, List<Frame> record) {
		return enrich(encoding, record.getFirst().spacecraftId(), record);
	}

	private List<EnrichedSample> enrich(TelemetryEncoding encoding, String spacecraftId, List<Frame> frames) {
		return this.enricher.enrich(read(encoding, spacecraftId, frames)).samples();
	}

	/** The record as the listener reads it: by its content type. */
	private static space.orbit.telemetry.columnar.TelemetryColumns read(TelemetryEncoding encoding, String spacecraftId,
			List<Frame> frames) {
		byte[] value = encoding.encode(spacecraftId, UUID.randomUUID(), Instant.ofEpochSecond(1_800_000_000L), 0,
				frames);
		return TelemetryRecords.read(encoding.contentType(), value);
	}

	/** One frame at t = 1 s, sequence 7. */
	private static List<Frame> record(String spacecraftId, Map<String, Object> samples) {
		return List.of(new Frame(spacecraftId, Instant.ofEpochSecond(1), 7, new LinkedHashMap<>(samples)));
	}

	/** Frame {@code i} of ORB-1: at (i + 1) s, sequence i. */
	private static Frame frame(int i, Map<String, Object> samples) {
		return new Frame("ORB-1", Instant.ofEpochSecond(i + 1), i, new LinkedHashMap<>(samples));
	}

	private static EnrichedSample find(List<EnrichedSample> samples, String parameter) {
		return samples.stream().filter(s -> s.parameter().equals(parameter)).findFirst().orElseThrow();
	}

	private static List<EnrichedSample> of(List<EnrichedSample> samples, String parameter) {
		return samples.stream().filter(s -> s.parameter().equals(parameter)).toList();
	}

}

package space.orbit.registry;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegistryEventsTest {

	@Test
	void keysNameTheKindAndTheIdentity() {
		assertThat(RegistryEvents.key(new Mission("ORBIT-DEMO", "Demo", null))).isEqualTo("mission/ORBIT-DEMO");
		assertThat(RegistryEvents.key(new Spacecraft("ORB-1", "ORBIT-DEMO", "Orbit 1", null, null)))
			.isEqualTo("spacecraft/ORB-1");
		assertThat(RegistryEvents.key(RegistryValidatorTest.VOLTAGE))
			.isEqualTo("parameter/ORBIT-DEMO/EPS.BATTERY.VOLTAGE");
	}

	@Test
	void keysParseBack() {
		assertThat(RegistryKey.parse("mission/M")).isEqualTo(new RegistryKey.MissionKey("M"));
		assertThat(RegistryKey.parse("spacecraft/orb:1")).isEqualTo(new RegistryKey.SpacecraftKey("orb:1"));
		assertThat(RegistryKey.parse("parameter/M/EPS.V")).isEqualTo(new RegistryKey.ParameterKey("M", "EPS.V"));
		for (String bad : List.of("", "mission", "mission/", "mission/a/b", "rule/x", "parameter/M", "parameter//X",
				"parameter/M/X/Y")) {
			assertThatThrownBy(() -> RegistryKey.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void everyKindOfRecordRoundTrips() {
		List<RegistryRecord> records = List.of(new Mission("ORBIT-DEMO", "Demo", "A demo constellation"),
				new Spacecraft("ORB-1", "ORBIT-DEMO", "Orbit 1", 99001, RegistryValidatorTest.ORB_1_TLE),
				new Spacecraft("ORB-2", "ORBIT-DEMO", "Orbit 2", null, null), RegistryValidatorTest.VOLTAGE,
				new ParameterDefinition("ORBIT-DEMO", "THERMAL.PANEL.TEMP", "THERMAL", null, "degC", RawType.INTEGER,
						new LookupTable(List.of(new LookupTable.Point(0, -40), new LookupTable.Point(4095, 125))),
						null),
				new ParameterDefinition("ORBIT-DEMO", "AOCS.MODE", "AOCS", null, null, RawType.ENUM, null, null),
				new ParameterDefinition("ORBIT-DEMO", "EPS.BUS.VOLTAGE", "EPS", null, "V", RawType.FLOAT, null,
						new Limits(27.2, 29.0, 26.5, 29.6, 0.09)));
		for (RegistryRecord record : records) {
			RegistryEvent event = RegistryEvents.read(RegistryEvents.key(record), RegistryEvents.value(record));
			assertThat(event.deleted()).isFalse();
			assertThat(event.record()).isEqualTo(record);
			assertThat(event.key()).isEqualTo(record.registryKey());
		}
	}

	@Test
	void calibrationsHaveTheDocumentedJson() {
		String polynomial = RegistryEvents
			.json(new ParameterDefinition("M", "A.B", "A", null, null, RawType.FLOAT, Polynomial.of(0.0, 1.0), null));
		assertThat(polynomial).contains("\"calibration\":{\"type\":\"POLYNOMIAL\",\"coefficients\":[0.0,1.0]}");
		String json = "{\"missionId\":\"M\",\"name\":\"T.X\",\"subsystem\":\"T\",\"rawType\":\"INTEGER\","
				+ "\"calibration\":{\"type\":\"LOOKUP\",\"points\":[{\"raw\":0,\"value\":-40.0},{\"raw\":100,\"value\":60.0}]},"
				+ "\"somethingNew\":true}";
		ParameterDefinition read = RegistryEvents.parse(json, ParameterDefinition.class);
		assertThat(read.calibration()).isInstanceOf(LookupTable.class);
		assertThat(read.engineeringValue(50)).isEqualTo(10.0);
		assertThat(read.limits()).isNull();
	}

	@Test
	void limitsCarryTheirHysteresisAndLimitsWithoutOneStillRead() {
		assertThat(RegistryEvents.json(new ParameterDefinition("M", "A.B", "A", null, null, RawType.FLOAT, null,
				new Limits(null, 60.0, null, 70.0, 0.5))))
			.contains("\"hysteresis\":0.5");
		ParameterDefinition older = RegistryEvents.parse(
				"{\"missionId\":\"M\",\"name\":\"T.X\",\"subsystem\":\"T\","
						+ "\"rawType\":\"FLOAT\",\"limits\":{\"warningHigh\":60.0,\"criticalHigh\":70.0}}",
				ParameterDefinition.class);
		assertThat(older.limits()).isEqualTo(new Limits(null, 60.0, null, 70.0, null));
	}

	@Test
	void aTombstoneIsADeletion() {
		RegistryEvent event = RegistryEvents.read("parameter/M/EPS.V", null);
		assertThat(event.deleted()).isTrue();
		assertThat(event.key()).isEqualTo(new RegistryKey.ParameterKey("M", "EPS.V"));
	}

	@Test
	void contractViolationsAreReportedAsSuch() {
		byte[] mission = RegistryEvents.value(new Mission("A", "a", null));
		assertThatThrownBy(() -> RegistryEvents.read("mission/B", mission))
			.isInstanceOf(InvalidRegistryEventException.class)
			.hasMessageContaining("keyed mission/A");
		assertThatThrownBy(() -> RegistryEvents.read("bogus", mission))
			.isInstanceOf(InvalidRegistryEventException.class);
		assertThatThrownBy(() -> RegistryEvents.read("mission/A", "{not json".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(InvalidRegistryEventException.class);
		assertThatThrownBy(() -> RegistryEvents.read("parameter/M/X",
				"{\"missionId\":\"M\",\"name\":\"X\",\"calibration\":{\"type\":\"SPLINE\"}}"
					.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(InvalidRegistryEventException.class);
	}

}

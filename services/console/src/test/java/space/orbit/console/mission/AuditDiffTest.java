package space.orbit.console.mission;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class AuditDiffTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String TANK = """
			{"missionId":"ORBIT-DEMO","name":"PROP.TANK.TEMP","subsystem":"PROP","unit":"degC","rawType":"FLOAT",
			 "calibration":null,"limits":{"criticalLow":-10.0,"warningHigh":60.0,"criticalHigh":70.0}}""";

	@Test
	void onlyTheChangedFieldsWithNestedOnesByTheirPath() {
		JsonNode after = json(TANK.replace("\"warningHigh\":60.0", "\"warningHigh\":55.5")
			.replace("\"criticalLow\":-10.0,", "")
			.replace("degC", "K"));
		assertThat(AuditDiff.changes(json(TANK), after)).extracting(AuditDiff.Change::toString)
			.containsExactly("unit: degC → K", "limits.criticalLow: -10 → —", "limits.warningHigh: 60 → 55.5");
	}

	@Test
	void aCalibrationIsOneValueInWords() {
		JsonNode polynomial = json(TANK.replace("\"calibration\":null",
				"\"calibration\":{\"type\":\"POLYNOMIAL\",\"coefficients\":[0.5,2.0]}"));
		JsonNode table = json(TANK.replace("\"calibration\":null",
				"\"calibration\":{\"type\":\"LOOKUP\",\"points\":[{\"raw\":0,\"value\":-40},{\"raw\":4095,\"value\":80}]}"));
		assertThat(AuditDiff.changes(json(TANK), polynomial)).extracting(AuditDiff.Change::toString)
			.containsExactly("calibration: — → polynomial 0.5, 2");
		assertThat(AuditDiff.changes(polynomial, table)).extracting(AuditDiff.Change::toString)
			.containsExactly("calibration: polynomial 0.5, 2 → table 0→-40, 4095→80");
	}

	@Test
	void aCreationListsWhatWasSetAndADeletionWhatWasThere() {
		JsonNode mission = json("{\"id\":\"M-1\",\"name\":\"First\",\"description\":null}");
		assertThat(AuditDiff.changes(null, mission)).extracting(AuditDiff.Change::toString)
			.containsExactly("id: — → M-1", "name: — → First");
		assertThat(AuditDiff.changes(mission, JSON.nullNode())).extracting(AuditDiff.Change::toString)
			.containsExactly("id: M-1 → —", "name: First → —");
	}

	@Test
	void fieldsInTheOrderOfTheFormsWhateverTheStoredKeyOrder() {
		JsonNode stored = json("{\"name\":\"P\",\"unit\":\"V\",\"limits\":{\"criticalHigh\":9,\"warningLow\":1},"
				+ "\"rawType\":\"FLOAT\",\"missionId\":\"M\",\"subsystem\":\"EPS\"}");
		assertThat(AuditDiff.changes(null, stored)).extracting(AuditDiff.Change::field)
			.containsExactly("missionId", "name", "subsystem", "unit", "rawType", "limits.warningLow",
					"limits.criticalHigh");
	}

	@Test
	void aSaveThatChangedNothingHasNoChanges() {
		assertThat(AuditDiff.changes(json(TANK), json(TANK))).isEmpty();
	}

	private static JsonNode json(String text) {
		return JSON.readTree(text);
	}

}

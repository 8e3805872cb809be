package space.orbit.registry;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegistryValidatorTest {

	static final Tle ORB_1_TLE = new Tle("1 99001U 26042A   26325.00000000  .00000000  00000-0  12000-3 0  9997",
			"2 99001  51.6400 246.4427 0006000  90.0000   0.0000 15.48880433    16");

	static final ParameterDefinition VOLTAGE = new ParameterDefinition("ORBIT-DEMO", "EPS.BATTERY.VOLTAGE", "EPS",
			"Battery bus voltage", "V", RawType.FLOAT, Polynomial.of(0, 1), new Limits(26.0, 32.0, 24.0, 33.0));

	@Test
	void validRecordsHaveNoViolations() {
		assertThat(RegistryValidator.validate(new Mission("ORBIT-DEMO", "Orbit demo", null))).isEmpty();
		assertThat(RegistryValidator.validate(new Spacecraft("ORB-1", "ORBIT-DEMO", "Orbit 1", 99001, ORB_1_TLE)))
			.isEmpty();
		assertThat(RegistryValidator.validate(VOLTAGE)).isEmpty();
	}

	@Test
	void missionIdsAreUpperCaseTokens() {
		assertThat(pointers(new Mission("orbit", "x", null))).containsExactly("/id");
		assertThat(pointers(new Mission("-X", "x", null))).containsExactly("/id");
		assertThat(pointers(new Mission("A".repeat(65), "x", null))).containsExactly("/id");
		assertThat(pointers(new Mission("A".repeat(64), "x", null))).isEmpty();
		assertThat(pointers(new Mission(null, " ", "d".repeat(2_001)))).containsExactly("/id", "/name", "/description");
	}

	@Test
	void spacecraftIdsFollowTheTelemetryRules() {
		assertThat(pointers(new Spacecraft("orb:1.a_b-c", "M", "n", null, null))).isEmpty();
		assertThat(pointers(new Spacecraft("_ORB", "m", "n", 0, null))).containsExactly("/id", "/missionId",
				"/noradId");
	}

	@Test
	void tleNeedsTwoLinesOf69CharactersWithChecksums() {
		Tle badChecksum = new Tle(ORB_1_TLE.line1().substring(0, 68) + "8", ORB_1_TLE.line2());
		assertThat(validate(new Spacecraft("ORB-1", "M", "n", null, badChecksum))).singleElement()
			.satisfies((v) -> assertThat(v.pointer()).isEqualTo("/tle/line1"))
			.satisfies((v) -> assertThat(v.message()).contains("should be 7"));
		Tle swapped = new Tle(ORB_1_TLE.line2(), ORB_1_TLE.line1());
		assertThat(pointers(new Spacecraft("ORB-1", "M", "n", null, swapped))).containsExactly("/tle/line1",
				"/tle/line2");
		Tle short2 = new Tle(ORB_1_TLE.line1(), ORB_1_TLE.line2().substring(0, 68));
		assertThat(pointers(new Spacecraft("ORB-1", "M", "n", null, short2))).containsExactly("/tle/line2");
	}

	@Test
	void tleChecksumCountsMinusSignsAsOne() {
		// the ISS TLE of 2008 (Wikipedia's example): both checksums valid, with minus
		// signs
		Tle iss = new Tle("1 25544U 98067A   08264.51782528 -.00002182  00000-0 -11606-4 0  2927",
				"2 25544  51.6416 247.4627 0006703 130.5360 325.0288 15.72125391563537");
		assertThat(validate(new Spacecraft("ISS", "M", "n", 25544, iss))).isEmpty();
	}

	@Test
	void tleCatalogueNumberMustMatchTheNoradId() {
		assertThat(pointers(new Spacecraft("ORB-1", "M", "n", 99002, ORB_1_TLE))).containsExactly("/tle/line1");
	}

	@Test
	void polynomialsHaveOneToEightFiniteCoefficients() {
		assertThat(RegistryValidator.validate(Polynomial.of(), "/calibration")).extracting(RegistryViolation::pointer)
			.containsExactly("/calibration/coefficients");
		assertThat(RegistryValidator.validate(Polynomial.of(1, 2, 3, 4, 5, 6, 7, 8, 9), "/c"))
			.extracting(RegistryViolation::pointer)
			.containsExactly("/c/coefficients");
		assertThat(RegistryValidator.validate(Polynomial.of(1, 2, 3, 4, 5, 6, 7, 8), "/c")).isEmpty();
		assertThat(RegistryValidator.validate(Polynomial.of(1, Double.NaN, Double.POSITIVE_INFINITY), "/c"))
			.extracting(RegistryViolation::pointer)
			.containsExactly("/c/coefficients/1", "/c/coefficients/2");
		assertThat(RegistryValidator.validate(new Polynomial(java.util.Arrays.asList(1.0, null)), "/c"))
			.extracting(RegistryViolation::pointer)
			.containsExactly("/c/coefficients/1");
	}

	@Test
	void lookupTablesHaveTwoPointsAtLeastWithStrictlyIncreasingRaw() {
		assertThat(RegistryValidator.validate(new LookupTable(List.of(new LookupTable.Point(0, 1))), "/c"))
			.extracting(RegistryViolation::pointer)
			.containsExactly("/c/points");
		LookupTable unsorted = new LookupTable(List.of(new LookupTable.Point(0, 1), new LookupTable.Point(10, 2),
				new LookupTable.Point(10, 3), new LookupTable.Point(5, 4)));
		assertThat(RegistryValidator.validate(unsorted, "/c")).extracting(RegistryViolation::pointer)
			.containsExactly("/c/points/2/raw", "/c/points/3/raw");
		LookupTable infinite = new LookupTable(
				List.of(new LookupTable.Point(0, 1), new LookupTable.Point(1, Double.NEGATIVE_INFINITY)));
		assertThat(RegistryValidator.validate(infinite, "/c")).extracting(RegistryViolation::pointer)
			.containsExactly("/c/points/1");
	}

	@Test
	void limitsAreOrderedWherePresent() {
		assertThat(RegistryValidator.validate(new Limits(null, null, null, null), "/limits")).isEmpty();
		assertThat(RegistryValidator.validate(new Limits(10.0, null, null, 5.0), "/limits"))
			.extracting(RegistryViolation::pointer)
			.containsExactly("/limits/criticalHigh");
		assertThat(RegistryValidator.validate(new Limits(1.0, 2.0, 3.0, 4.0), "/limits"))
			.extracting(RegistryViolation::pointer)
			.containsExactly("/limits/warningLow");
		assertThat(RegistryValidator.validate(new Limits(1.0, 1.0, 1.0, 1.0), "/limits")).isEmpty();
		assertThat(RegistryValidator.validate(new Limits(Double.NaN, null, null, null), "/limits"))
			.extracting(RegistryViolation::pointer)
			.containsExactly("/limits/warningLow");
	}

	@Test
	void aHysteresisIsZeroOrPositiveAndNeedsALimit() {
		assertThat(RegistryValidator.validate(new Limits(26.5, 29.4, 25.5, 29.8, 0.03), "/limits")).isEmpty();
		assertThat(RegistryValidator.validate(new Limits(null, 60.0, null, null, 0.0), "/limits")).isEmpty();
		for (double bad : new double[] { -0.5, Double.NaN, Double.POSITIVE_INFINITY }) {
			assertThat(RegistryValidator.validate(new Limits(null, 60.0, null, null, bad), "/limits")).as("%s", bad)
				.singleElement()
				.satisfies(violation -> {
					assertThat(violation.pointer()).isEqualTo("/limits/hysteresis");
					assertThat(violation.message()).contains("zero or positive");
				});
		}
		assertThat(RegistryValidator.validate(new Limits(null, null, null, null, 1.0), "/limits"))
			.extracting(RegistryViolation::pointer)
			.containsExactly("/limits/hysteresis");
		ParameterDefinition negative = new ParameterDefinition("ORBIT-DEMO", "EPS.BATTERY.VOLTAGE", "EPS", null, "V",
				RawType.FLOAT, null, new Limits(26.5, 29.4, 25.5, 29.8, -0.03));
		assertThat(RegistryValidator.validate(negative)).extracting(RegistryViolation::pointer)
			.containsExactly("/limits/hysteresis");
	}

	@Test
	void parameterDefinitionsAreCheckedField() {
		ParameterDefinition bad = new ParameterDefinition("demo", "1EPS..V", "", null, null, null, Polynomial.of(),
				new Limits(5.0, 1.0, null, null));
		assertThat(pointers(bad)).containsExactly("/missionId", "/name", "/subsystem", "/rawType",
				"/calibration/coefficients", "/limits/warningHigh");
	}

	@Test
	void onlyNumericParametersAreCalibratedOrLimited() {
		ParameterDefinition mode = new ParameterDefinition("M", "AOCS.MODE", "AOCS", null, null, RawType.STRING,
				Polynomial.of(0, 1), new Limits(null, null, null, 1.0));
		assertThat(pointers(mode)).containsExactly("/calibration", "/limits");
	}

	private static List<RegistryViolation> validate(RegistryRecord record) {
		return RegistryValidator.validate(record);
	}

	private static List<String> pointers(RegistryRecord record) {
		return validate(record).stream().map(RegistryViolation::pointer).toList();
	}

}

package space.orbit.simulator.model;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.TimeScale;

import static org.assertj.core.api.Assertions.assertThat;
import space.orbit.orekit.OrekitData;

/** The constellation's TLEs are valid, distinct, and moved to the start. */
class ConstellationTest {

	private static final Instant START = Instant.parse("2027-03-01T06:00:00Z");

	@Test
	void referenceTlesHaveValidChecksums() {
		for (String[] tle : Constellation.REFERENCE_TLES) {
			assertThat(TLE.isFormatOK(tle[0], tle[1])).as(tle[0]).isTrue();
		}
	}

	@Test
	void spacecraftBeyondTheFifthGetGeneratedValidTlesFromTheSeed() {
		List<TLE> tles = Constellation.tles(8, 7, START);
		assertThat(tles).hasSize(8);
		assertThat(tles.stream().map(TLE::getSatelliteNumber).distinct()).hasSize(8);
		for (TLE tle : tles) {
			assertThat(TLE.isFormatOK(tle.getLine1(), tle.getLine2())).as(tle.getLine1()).isTrue();
			double altitude = Math.cbrt(398600.4418 / (tle.getMeanMotion() * tle.getMeanMotion())) - 6378.137;
			assertThat(altitude).isBetween(350.0, 700.0);
		}
		assertThat(Constellation.tles(8, 7, START).get(6).getLine2()).isEqualTo(tles.get(6).getLine2());
		assertThat(Constellation.tles(8, 8, START).get(6).getLine2()).isNotEqualTo(tles.get(6).getLine2());
	}

	@Test
	void tlesAreMovedToTheStartInDifferentPlanes() {
		TimeScale utc = OrekitData.utc();
		List<TLE> tles = Constellation.tles(5, 42, START);
		assertThat(tles).allSatisfy((tle) -> assertThat(tle.getDate()).isEqualTo(new AbsoluteDate(START, utc)));
		assertThat(tles.stream().map((t) -> Math.round(Math.toDegrees(t.getRaan()))).distinct()).hasSize(5);
		assertThat(Constellation.spacecraftId(0)).isEqualTo("ORB-1");
	}

	@Test
	void theDataContextKnowsTheLeapSecondsUpTo2017() {
		TimeScale utc = OrekitData.utc();
		AbsoluteDate date = new AbsoluteDate(Instant.parse("2026-11-21T00:00:00Z"), utc);
		assertThat(utc.offsetFromTAI(date).toDouble()).isEqualTo(-37.0);
		assertThat(OrekitData.leapSeconds()).hasSize(28);
	}

}

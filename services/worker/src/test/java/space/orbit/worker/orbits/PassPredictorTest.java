package space.orbit.worker.orbits;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.orekit.propagation.analytical.tle.TLE;

import space.orbit.worker.compute.Progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Passes cross-checked against an independent computation ({@link IndependentGeometry}):
 * at every AOS and LOS the spacecraft is on the station's mask, the peak is the highest
 * point of the pass, and no moment above the mask lies outside a reported pass.
 */
class PassPredictorTest {

	/** ORB-2 of the simulator's constellation: sun-synchronous, 97.45 degrees. */
	static final TleLines ORB_2 = new TleLines("1 99002U 26042B   26325.00000000  .00000000  00000-0  40000-4 0  9990",
			"2 99002  97.4500 213.9427 0011000  90.0000  72.0000 15.15322385    11");

	static final List<GroundStation> STATIONS = List.of(new GroundStation("SVALBARD", 78.23, 15.41, 500, 5),
			new GroundStation("KIRUNA", 67.86, 20.96, 390, 5), new GroundStation("MALINDI", -2.99, 40.19, 0, 10));

	static final Instant START = Instant.parse("2026-11-21T00:00:00Z");

	static final Instant END = START.plus(Duration.ofHours(24));

	static TLE tle;

	static Sgp4 sgp4;

	static List<Pass> passes;

	@BeforeAll
	static void predict() {
		tle = Sgp4.parse(ORB_2);
		sgp4 = Sgp4.of(tle);
		passes = new PassPredictor().predict(tle, STATIONS, START, END, Progress.NONE);
	}

	@Test
	void everyStationHasPassesInADay() {
		assertThat(passes).extracting(Pass::station).contains("SVALBARD", "KIRUNA", "MALINDI");
		assertThat(passes.stream().filter((p) -> p.station().equals("SVALBARD")).count()).isGreaterThanOrEqualTo(8);
		assertThat(passes).isSortedAccordingTo(java.util.Comparator.comparing(Pass::aos));
	}

	@Test
	void reportsOnlyPassesInsideAWindowThatStartsADayAfterTheEpoch() {
		Instant start = START.plus(Duration.ofHours(30));
		Instant end = start.plus(Duration.ofHours(12));

		List<Pass> later = new PassPredictor().predict(tle, STATIONS, start, end, Progress.NONE);

		assertThat(later).isNotEmpty();
		assertThat(later).allSatisfy((pass) -> {
			assertThat(pass.aos()).isBetween(start, end);
			assertThat(pass.los()).isBetween(start, end);
		});
		for (Pass pass : later) {
			if (!pass.aos().equals(start)) {
				assertThat(look(pass.aos(), station(pass.station()))[0]).as("elevation at AOS of %s", pass)
					.isCloseTo(station(pass.station()).minElevation(), within(0.01));
			}
		}
	}

	@Test
	void aosAndLosLieOnTheMask() {
		for (Pass pass : passes) {
			GroundStation station = station(pass.station());
			if (!pass.aos().equals(START)) {
				assertThat(look(pass.aos(), station)[0]).as("elevation at AOS of %s", pass)
					.isCloseTo(station.minElevation(), within(0.01));
				assertThat(look(pass.aos(), station)[1]).as("azimuth at AOS")
					.isCloseTo(pass.aosAzimuth(), within(0.05));
			}
			if (!pass.los().equals(END)) {
				assertThat(look(pass.los(), station)[0]).as("elevation at LOS of %s", pass)
					.isCloseTo(station.minElevation(), within(0.01));
				assertThat(look(pass.los(), station)[1]).as("azimuth at LOS")
					.isCloseTo(pass.losAzimuth(), within(0.05));
			}
		}
	}

	@Test
	void thePeakIsTheHighestPointOfThePass() {
		for (Pass pass : passes) {
			GroundStation station = station(pass.station());
			double highest = -90;
			Instant when = pass.aos();
			for (Instant t = pass.aos(); !t.isAfter(pass.los()); t = t.plusMillis(500)) {
				double elevation = look(t, station)[0];
				if (elevation > highest) {
					highest = elevation;
					when = t;
				}
			}
			assertThat(pass.maxElevation()).as("peak of %s", pass).isCloseTo(highest, within(0.01));
			assertThat(Duration.between(when, pass.maxElevationTime()).abs()).isLessThan(Duration.ofSeconds(3));
		}
	}

	@Test
	void noMomentAboveTheMaskIsMissed() {
		for (GroundStation station : STATIONS) {
			List<Pass> own = passes.stream().filter((p) -> p.station().equals(station.name())).toList();
			for (Instant t = START; t.isBefore(END); t = t.plusSeconds(10)) {
				Instant at = t;
				if (look(t, station)[0] > station.minElevation() + 0.02) {
					assertThat(own).as("a pass of %s containing %s", station.name(), t)
						.anyMatch((p) -> !p.aos().isAfter(at) && !p.los().isBefore(at));
				}
			}
		}
	}

	private static double[] look(Instant time, GroundStation station) {
		return IndependentGeometry.lookAngles(sgp4.at(Sgp4.date(time)).position(), time, station);
	}

	private static GroundStation station(String name) {
		return STATIONS.stream().filter((s) -> s.name().equals(name)).findFirst().orElseThrow();
	}

}

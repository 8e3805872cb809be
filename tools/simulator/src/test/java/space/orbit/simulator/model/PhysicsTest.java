package space.orbit.simulator.model;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import space.orbit.simulator.Streams;
import space.orbit.simulator.stream.TelemetryStream;
import space.orbit.telemetry.Frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The models are physically sane over four orbits of five spacecraft (one frame every 5
 * s): eclipses recur with the orbital period, cover a LEO-like fraction of it, drain the
 * battery that the Sun recharges, and the panel is coldest late in the eclipse.
 */
class PhysicsTest {

	private static final int SPACECRAFT = 5;

	private static final double STEP = 5;

	private static final List<List<Frame>> BY_SPACECRAFT = new ArrayList<>();

	private static final List<Double> PERIODS = new ArrayList<>();

	@BeforeAll
	static void simulate() {
		TelemetryStream stream = Streams.stream(SPACECRAFT, 1 / STEP);
		List<Frame> frames = stream.take(java.time.Duration.ofHours(6).plusMinutes(30));
		for (int i = 0; i < SPACECRAFT; i++) {
			BY_SPACECRAFT.add(Streams.of(frames, Constellation.spacecraftId(i)));
			PERIODS.add(stream.model(i).orbit().periodSeconds());
		}
	}

	@Test
	void eclipsesRecurWithTheOrbitalPeriodOfTheTle() {
		for (int i = 0; i < SPACECRAFT; i++) {
			List<Double> entries = eclipseEdges(BY_SPACECRAFT.get(i), true);
			assertThat(entries).as("eclipse entries of ORB-%d", i + 1).hasSizeGreaterThanOrEqualTo(3);
			for (int k = 1; k < entries.size(); k++) {
				assertThat(entries.get(k) - entries.get(k - 1)).as("ORB-%d eclipse to eclipse", i + 1)
					.isCloseTo(PERIODS.get(i), within(0.03 * PERIODS.get(i)));
			}
		}
	}

	@Test
	void eclipsesCoverAPlausibleFractionOfALowEarthOrbit() {
		for (List<Frame> frames : BY_SPACECRAFT) {
			long dark = frames.stream().filter(PhysicsTest::eclipse).count();
			assertThat((double) dark / frames.size()).as(frames.get(0).spacecraftId()).isBetween(0.28, 0.42);
		}
	}

	@Test
	void theBatteryDischargesInEclipseAndChargesInSun() {
		for (List<Frame> frames : BY_SPACECRAFT) {
			List<Double> entries = eclipseEdges(frames, true);
			List<Double> exits = eclipseEdges(frames, false);
			for (double entry : entries) {
				double exit = exits.stream().filter((x) -> x > entry).findFirst().orElse(Double.NaN);
				if (Double.isNaN(exit)) {
					continue;
				}
				double next = entries.stream().filter((e) -> e > exit).findFirst().orElse(Double.NaN);
				assertThat(soc(frames, exit)).as("SoC at eclipse exit").isLessThan(soc(frames, entry) - 10);
				if (!Double.isNaN(next)) {
					assertThat(soc(frames, next)).as("SoC after the sunlit arc").isGreaterThan(soc(frames, exit) + 10);
				}
			}
			frames.stream().filter(PhysicsTest::eclipse).forEach((f) -> {
				assertThat((Double) f.samples().get("EPS.BATTERY.CURRENT")).isNegative();
				assertThat((Double) f.samples().get("EPS.SA.CURRENT")).isLessThan(0.1);
			});
		}
	}

	@Test
	void thePanelIsColdestLateInTheEclipseNotAtItsStart() {
		for (List<Frame> frames : BY_SPACECRAFT) {
			List<Double> entries = eclipseEdges(frames, true);
			List<Double> exits = eclipseEdges(frames, false);
			for (int k = 0; k + 1 < entries.size(); k++) {
				double entry = entries.get(k);
				double next = entries.get(k + 1);
				double exit = exits.stream().filter((x) -> x > entry).findFirst().orElseThrow();
				Frame coldest = frames.stream()
					.filter((f) -> seconds(f) >= entry && seconds(f) < next)
					.min((a, b) -> Double.compare(panel(a), panel(b)))
					.orElseThrow();
				assertThat(seconds(coldest)).as("coldest panel of %s", frames.get(0).spacecraftId())
					.isBetween(entry + 0.8 * (exit - entry), exit + 120);
			}
		}
	}

	@Test
	void everyValueStaysInItsNominalRangeForAnHour() {
		for (List<Frame> frames : BY_SPACECRAFT) {
			for (Frame frame : frames.subList(0, (int) (3600 / STEP))) {
				frame.samples().forEach((name, value) -> {
					ParameterSpec spec = ParameterCatalog.MODELLED.find(name).orElseThrow();
					if (value instanceof Double d) {
						assertThat(d).as("%s %s at %s", frame.spacecraftId(), name, frame.timestamp())
							.isBetween(spec.nominalMin(), spec.nominalMax());
					}
				});
			}
		}
	}

	private static List<Double> eclipseEdges(List<Frame> frames, boolean entering) {
		List<Double> edges = new ArrayList<>();
		for (int k = 1; k < frames.size(); k++) {
			if (eclipse(frames.get(k)) == entering && eclipse(frames.get(k - 1)) != entering) {
				edges.add(seconds(frames.get(k)));
			}
		}
		return edges;
	}

	private static boolean eclipse(Frame frame) {
		return (Boolean) frame.samples().get("ORBIT.ECLIPSE");
	}

	private static double seconds(Frame frame) {
		return frame.sequence() * STEP;
	}

	private static double soc(List<Frame> frames, double seconds) {
		return (Double) frames.get((int) (seconds / STEP)).samples().get("EPS.BATTERY.SOC");
	}

	private static double panel(Frame frame) {
		return (Double) frame.samples().get("THERMAL.PANEL.TEMP");
	}

}

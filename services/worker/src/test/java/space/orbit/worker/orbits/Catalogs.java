package space.orbit.worker.orbits;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.time.AbsoluteDate;
import space.orbit.orekit.OrekitData;

/**
 * Random catalogs of LEO objects for screening tests and benchmarks: circular-ish orbits
 * in an altitude band, random planes and phases, every TLE formatted and parsed back.
 */
public final class Catalogs {

	private static final double MU = 398600.8;

	private Catalogs() {
	}

	public static List<CatalogObject> random(int count, long seed, Instant epoch, double minAltitude,
			double maxAltitude) {
		SplittableRandom random = new SplittableRandom(seed);
		List<CatalogObject> catalog = new ArrayList<>(count);
		AbsoluteDate date = Sgp4.date(epoch);
		for (int i = 0; i < count; i++) {
			double a = 6378.135 + minAltitude + random.nextDouble() * (maxAltitude - minAltitude);
			double meanMotion = Math.sqrt(MU / (a * a * a));
			TLE generated = new TLE(10000 + i, 'U', 2026, 1, "A", 0, 999, date, meanMotion, 0, 0,
					random.nextDouble() * 0.002, Math.toRadians(30 + random.nextDouble() * 70),
					random.nextDouble() * 2 * Math.PI, random.nextDouble() * 2 * Math.PI,
					random.nextDouble() * 2 * Math.PI, 1, 1e-5, OrekitData.utc());
			TLE parsed = Sgp4.parse(new TleLines(generated.getLine1(), generated.getLine2()));
			catalog.add(new CatalogObject("OBJ-" + i, parsed));
		}
		return catalog;
	}

}

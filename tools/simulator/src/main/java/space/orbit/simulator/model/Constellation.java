package space.orbit.simulator.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.TimeScale;
import space.orbit.orekit.OrekitData;

/**
 * The spacecraft ORB-1..ORB-N and their two-line element sets. The first five are fixed
 * LEO orbits in different planes and phases (ISS-like, two sun-synchronous, a
 * Starlink-like shell, a 65° orbit); more are generated from the seed. Each TLE is moved
 * to the simulation start (its epoch becomes the start, its node turns with the Sun), so
 * any start date sees the lighting the reference epoch saw and SGP4 stays near its epoch.
 */
public final class Constellation {

	/** Reference TLEs, epoch 2026-11-21T00:00:00Z; checksums valid. */
	static final String[][] REFERENCE_TLES = {
			{ "1 99001U 26042A   26325.00000000  .00000000  00000-0  12000-3 0  9997",
					"2 99001  51.6400 246.4427 0006000  90.0000   0.0000 15.48880433    16" },
			{ "1 99002U 26042B   26325.00000000  .00000000  00000-0  40000-4 0  9990",
					"2 99002  97.4500 213.9427 0011000  90.0000  72.0000 15.15322385    11" },
			{ "1 99003U 26042C   26325.00000000  .00000000  00000-0  30000-4 0  9990",
					"2 99003  53.0500 356.4427 0004000  90.0000 144.0000 15.05490646    10" },
			{ "1 99004U 26042D   26325.00000000  .00000000  00000-0  25000-4 0  9995",
					"2 99004  97.6200 258.9427 0009000  90.0000 216.0000 14.89338871    15" },
			{ "1 99005U 26042E   26325.00000000  .00000000  00000-0  60000-4 0  9995",
					"2 99005  65.0000  76.4427 0007000  90.0000 288.0000 15.28598846    17" } };

	static final Instant REFERENCE_EPOCH = Instant.parse("2026-11-21T00:00:00Z");

	private static final double MU = 398600.4418;

	private Constellation() {
	}

	/** The id of the spacecraft with this zero-based index: ORB-1, ORB-2... */
	public static String spacecraftId(int index) {
		return "ORB-" + (index + 1);
	}

	/** The TLE of every spacecraft, moved to {@code start}. */
	public static List<TLE> tles(int count, long seed, Instant start) {
		return tles(count, seed, start, false);
	}

	/**
	 * The TLE of every spacecraft: moved to {@code start}, or as published: the reference
	 * TLEs as published (those of the demo mission, tools/orbit/demo), so that the
	 * mission database's TLEs and what the spacecraft fly agree ({@code asPublished}).
	 */
	public static List<TLE> tles(int count, long seed, Instant start, boolean asPublished) {
		TimeScale utc = OrekitData.utc();
		AbsoluteDate epoch = new AbsoluteDate(start, utc);
		double turn = SolarGeometry.sunRightAscension(SolarGeometry.julianDate(start.toEpochMilli()))
				- SolarGeometry.sunRightAscension(SolarGeometry.julianDate(REFERENCE_EPOCH.toEpochMilli()));
		List<TLE> tles = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			TLE published = (i < REFERENCE_TLES.length) ? new TLE(REFERENCE_TLES[i][0], REFERENCE_TLES[i][1], utc)
					: generated(i, seed, utc);
			tles.add(asPublished ? published : moved(published, epoch, turn, utc));
		}
		return tles;
	}

	/** A plausible LEO TLE for spacecraft {@code index} (≥ 5), drawn from the seed. */
	static TLE generated(int index, long seed, TimeScale utc) {
		SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
		double altitude = 420 + random.nextDouble() * 230;
		double a = 6378.137 + altitude;
		double inclination = switch (random.nextInt(4)) {
			case 0 -> 51.6;
			case 1 -> 53.0;
			case 2 -> 70.0;
			default -> Math.toDegrees(Math.acos(-Math.pow(a / 12352.0, 3.5))); // sun-synchronous
		};
		double meanMotion = Math.sqrt(MU / (a * a * a));
		AbsoluteDate epoch = new AbsoluteDate(REFERENCE_EPOCH, utc);
		return new TLE(99001 + index, 'U', 2026, 42, "A", 0, 999, epoch, meanMotion, 0, 0,
				0.0003 + random.nextDouble() * 0.001, Math.toRadians(inclination), Math.toRadians(90),
				random.nextDouble() * 2 * Math.PI, random.nextDouble() * 2 * Math.PI, 1, 3e-5, utc);
	}

	private static TLE moved(TLE tle, AbsoluteDate epoch, double turn, TimeScale utc) {
		double raan = (tle.getRaan() + turn) % (2 * Math.PI);
		return new TLE(tle.getSatelliteNumber(), tle.getClassification(), tle.getLaunchYear(), tle.getLaunchNumber(),
				tle.getLaunchPiece(), tle.getEphemerisType(), tle.getElementNumber(), epoch, tle.getMeanMotion(),
				tle.getMeanMotionFirstDerivative(), tle.getMeanMotionSecondDerivative(), tle.getE(), tle.getI(),
				tle.getPerigeeArgument(), (raan < 0) ? raan + 2 * Math.PI : raan, tle.getMeanAnomaly(),
				tle.getRevolutionNumberAtEpoch(), tle.getBStar(), utc);
	}

}

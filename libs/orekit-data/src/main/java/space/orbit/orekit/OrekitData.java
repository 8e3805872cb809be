package space.orbit.orekit;

import java.util.ArrayList;
import java.util.List;

import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.data.LazyLoadedDataContext;
import org.orekit.frames.Frame;
import org.orekit.time.DateComponents;
import org.orekit.time.OffsetModel;
import org.orekit.time.TimeScale;
import org.orekit.time.TimeScales;
import org.orekit.utils.Constants;
import org.orekit.utils.IERSConventions;

/**
 * Orekit's data context built in code, as no orekit-data artifact exists: the UTC-TAI
 * leap-second table 1972-2017 and no Earth orientation parameters, so the Earth-fixed
 * frame is the IERS 2010 ITRF with zero polar motion and UT1 = UTC (an error below 1 s of
 * time, under 0.5 km on the ground; well below TLE accuracy). TLE/SGP4 needs only
 * UTC-TAI. Used by the simulator and the worker.
 */
public final class OrekitData {

	/** Dates of every leap second since 1972 and the TAI-UTC offset from that date. */
	private static final int[][] LEAP_SECONDS = { { 1972, 1, 1, 10 }, { 1972, 7, 1, 11 }, { 1973, 1, 1, 12 },
			{ 1974, 1, 1, 13 }, { 1975, 1, 1, 14 }, { 1976, 1, 1, 15 }, { 1977, 1, 1, 16 }, { 1978, 1, 1, 17 },
			{ 1979, 1, 1, 18 }, { 1980, 1, 1, 19 }, { 1981, 7, 1, 20 }, { 1982, 7, 1, 21 }, { 1983, 7, 1, 22 },
			{ 1985, 7, 1, 23 }, { 1988, 1, 1, 24 }, { 1990, 1, 1, 25 }, { 1991, 1, 1, 26 }, { 1992, 7, 1, 27 },
			{ 1993, 7, 1, 28 }, { 1994, 7, 1, 29 }, { 1996, 1, 1, 30 }, { 1997, 7, 1, 31 }, { 1999, 1, 1, 32 },
			{ 2006, 1, 1, 33 }, { 2009, 1, 1, 34 }, { 2012, 7, 1, 35 }, { 2015, 7, 1, 36 }, { 2017, 1, 1, 37 } };

	private static final LazyLoadedDataContext CONTEXT = create();

	private static final Frame ITRF = CONTEXT.getFrames().getITRF(IERSConventions.IERS_2010, true);

	private static final OneAxisEllipsoid EARTH = new OneAxisEllipsoid(Constants.WGS84_EARTH_EQUATORIAL_RADIUS,
			Constants.WGS84_EARTH_FLATTENING, ITRF);

	private OrekitData() {
	}

	/**
	 * The shared data context (Orekit's lazy-loaded context with only the table above).
	 */
	public static LazyLoadedDataContext context() {
		return CONTEXT;
	}

	public static TimeScale utc() {
		return CONTEXT.getTimeScales().getUTC();
	}

	public static TimeScales timeScales() {
		return CONTEXT.getTimeScales();
	}

	/** The True Equator Mean Equinox frame SGP4 works in. */
	public static Frame teme() {
		return CONTEXT.getFrames().getTEME();
	}

	/** The Earth-fixed frame (no EOP: see the type's comment). */
	public static Frame itrf() {
		return ITRF;
	}

	/** The WGS-84 ellipsoid in the Earth-fixed frame. */
	public static OneAxisEllipsoid earth() {
		return EARTH;
	}

	/** The UTC-TAI offsets, one per leap second since 1972. */
	public static List<OffsetModel> leapSeconds() {
		List<OffsetModel> offsets = new ArrayList<>(LEAP_SECONDS.length);
		for (int[] row : LEAP_SECONDS) {
			offsets.add(new OffsetModel(new DateComponents(row[0], row[1], row[2]), row[3]));
		}
		return offsets;
	}

	private static LazyLoadedDataContext create() {
		LazyLoadedDataContext context = new LazyLoadedDataContext();
		context.getTimeScales().clearUTCTAIOffsetsLoaders();
		context.getTimeScales().addUTCTAIOffsetsLoader(OrekitData::leapSeconds);
		context.getFrames().clearEOPHistoryLoaders();
		return context;
	}

}

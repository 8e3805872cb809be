package space.orbit.analyzer.detection;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the detectors remember about one parameter of one spacecraft: last arrival and
 * sample time, the rate reference, the stuck run, the EWMA statistics, and the active
 * conditions by detector name. Times are epoch microseconds unless named otherwise.
 */
final class ParameterState {

	/** Wall-clock millis of the last arrival. */
	long lastArrival;

	long lastTime;

	double rateValue;

	/** 0 when there is no rate reference yet. */
	long rateTime;

	Double stuckNumber;

	String stuckText;

	int stuckCount;

	long stuckSince;

	long samples;

	/** The previous value, for statistics of the change. */
	Double previous;

	/** The value before that. */
	Double previous2;

	/** Sign of the previous sample's outlier (statistics of the change), 0 if none. */
	int outlierSign;

	double mean;

	double variance;

	/** Bit i: the i-th latest sample was an outlier. */
	long outliers;

	/** Bit i: the i-th latest sample was beyond the clear threshold. */
	long aboveClear;

	Map<String, Condition> alerts = new TreeMap<>();

}

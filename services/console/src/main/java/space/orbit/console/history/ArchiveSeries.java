package space.orbit.console.history;

import java.util.List;

/**
 * One parameter's archive over a span as read from the enricher: raw samples or steps,
 * the parameter's unit, and whether the span held more samples than were read.
 *
 * @param parameter the parameter
 * @param unit its engineering unit, or null
 * @param points the samples or steps, in time order
 * @param truncated whether more raw samples follow those read
 */
record ArchiveSeries(String parameter, String unit, List<Point> points, boolean truncated) {

	/**
	 * A raw sample (raw and calibrated value) or a step (count, min, avg, max of the
	 * calibrated values), at its time.
	 *
	 * @param time the sample's timestamp or the step's start, ISO-8601
	 * @param raw the value as sent (raw samples only)
	 * @param calibrated the engineering value, or the step's mean
	 * @param count the step's samples (1 for a raw sample)
	 * @param min the step's least value
	 * @param max the step's greatest value
	 */
	record Point(String time, String raw, Double calibrated, long count, Double min, Double max) {
	}

}

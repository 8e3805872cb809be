package space.orbit.enricher.archive;

import java.util.List;

import space.orbit.kit.web.Cursor;
import space.orbit.kit.web.InvalidParameterException;

/**
 * Where a page of raw samples ends: the last sample's time (epoch micros) and sequence;
 * the next page holds the samples after it in time, then sequence, order.
 *
 * @param timeMicros the last sample's time
 * @param sequence its sequence number
 */
record SampleCursor(long timeMicros, long sequence) {

	static String of(ArchivedSample sample) {
		return Cursor.encode(Long.toString(sample.timeMicros()), Long.toString(sample.sequence()));
	}

	/** Reads an {@code after} this endpoint made; a 400 naming it otherwise. */
	static SampleCursor parse(String after) {
		List<String> parts = Cursor.decode(after, 2);
		try {
			return new SampleCursor(Long.parseLong(parts.get(0)), Long.parseLong(parts.get(1)));
		}
		catch (NumberFormatException ex) {
			throw new InvalidParameterException("after",
					"is not a cursor of this list: pass the 'next' of the previous page unchanged");
		}
	}

	/** Whether the sample comes after this cursor. */
	boolean precedes(ArchivedSample sample) {
		return sample.timeMicros() > this.timeMicros
				|| (sample.timeMicros() == this.timeMicros && sample.sequence() > this.sequence);
	}

}

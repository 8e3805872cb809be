package space.orbit.enricher.archive;

import java.util.List;

import space.orbit.enricher.enrichment.EnrichedColumns;
import space.orbit.enricher.enrichment.EnrichedSample;

/**
 * The samples of a segment, in its order: per sample, the enriched column that holds it
 * and its index there. No sample is copied; the encoder reads the columns' primitive
 * arrays.
 */
final class SegmentSamples {

	private final EnrichedColumns[] columns;

	private final int[] indexes;

	private int size;

	SegmentSamples(int capacity) {
		this.columns = new EnrichedColumns[capacity];
		this.indexes = new int[capacity];
	}

	/** The samples in the order given (for callers that hold samples one by one). */
	static SegmentSamples of(List<EnrichedSample> samples) {
		return slice(EnrichedColumns.of(samples), 0, samples.size());
	}

	/** Samples {@code [from, to)} of a column. */
	static SegmentSamples slice(EnrichedColumns column, int from, int to) {
		SegmentSamples samples = new SegmentSamples(to - from);
		for (int i = from; i < to; i++) {
			samples.add(column, i);
		}
		return samples;
	}

	void add(EnrichedColumns column, int index) {
		this.columns[this.size] = column;
		this.indexes[this.size++] = index;
	}

	int size() {
		return this.size;
	}

	long time(int i) {
		return this.columns[i].time(this.indexes[i]);
	}

	long sequence(int i) {
		return this.columns[i].sequence(this.indexes[i]);
	}

	byte rawType(int i) {
		return this.columns[i].rawType(this.indexes[i]);
	}

	double rawDouble(int i) {
		return this.columns[i].rawDouble(this.indexes[i]);
	}

	long rawLong(int i) {
		return this.columns[i].rawLong(this.indexes[i]);
	}

	boolean rawBoolean(int i) {
		return this.columns[i].rawBoolean(this.indexes[i]);
	}

	String rawString(int i) {
		return this.columns[i].rawString(this.indexes[i]);
	}

	boolean hasEngineering(int i) {
		return this.columns[i].hasEngineering(this.indexes[i]);
	}

	double engineering(int i) {
		return this.columns[i].engineering(this.indexes[i]);
	}

	boolean engineeringIsRaw(int i) {
		return this.columns[i].engineeringIsRaw(this.indexes[i]);
	}

	/** The samples a window does not hold yet. */
	SegmentSamples without(WindowProbe.Seen seen) {
		SegmentSamples missing = new SegmentSamples(this.size);
		for (int i = 0; i < this.size; i++) {
			if (!seen.holds(time(i), sequence(i))) {
				missing.add(this.columns[i], this.indexes[i]);
			}
		}
		return missing;
	}

}

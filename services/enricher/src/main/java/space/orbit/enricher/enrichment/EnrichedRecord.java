package space.orbit.enricher.enrichment;

import java.util.ArrayList;
import java.util.List;

/**
 * One telemetry record enriched: a column per parameter of the record (sorted by name),
 * then a column per derived parameter computed in some of its frames. The archive keeps
 * the records of a write apart: within one record, the samples of a parameter come in (t,
 * q) order, as the record's frames do.
 *
 * @param spacecraftId the record's spacecraft
 * @param columns its columns, none empty
 */
public record EnrichedRecord(String spacecraftId, List<EnrichedColumns> columns) {

	public EnrichedRecord {
		columns = List.copyOf(columns);
	}

	/** Samples in every column. */
	public int sampleCount() {
		int count = 0;
		for (EnrichedColumns column : this.columns) {
			count += column.size();
		}
		return count;
	}

	/** Samples of a spacecraft or parameter the registry does not define. */
	public long unknownSamples() {
		long count = 0;
		for (EnrichedColumns column : this.columns) {
			count += column.known() ? 0 : column.size();
		}
		return count;
	}

	/** Samples the enricher computed. */
	public long derivedSamples() {
		long count = 0;
		for (EnrichedColumns column : this.columns) {
			count += column.derived() ? column.size() : 0;
		}
		return count;
	}

	/** Every sample one by one, column after column (for tests and tools). */
	public List<EnrichedSample> samples() {
		List<EnrichedSample> samples = new ArrayList<>(sampleCount());
		for (EnrichedColumns column : this.columns) {
			samples.addAll(column.samples());
		}
		return samples;
	}

}

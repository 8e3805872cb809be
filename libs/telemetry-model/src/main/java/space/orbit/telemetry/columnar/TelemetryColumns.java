package space.orbit.telemetry.columnar;

import java.util.List;
import java.util.UUID;

/**
 * A record as read: its header, the frame keys as primitive arrays (times in epoch µs,
 * sequences, both ascending by (t, q)), every parameter name of its directory, and the
 * columns that were asked for, sorted by name. Nothing is boxed.
 */
public final class TelemetryColumns {

	private final String spacecraftId;

	private final UUID batchId;

	private final long receivedAtMicros;

	private final int chunk;

	private final long[] times;

	private final long[] sequences;

	private final List<String> parameters;

	private final List<TelemetryColumn> columns;

	private final int sampleCount;

	TelemetryColumns(String spacecraftId, UUID batchId, long receivedAtMicros, int chunk, long[] times,
			long[] sequences) {
		this(spacecraftId, batchId, receivedAtMicros, chunk, times, sequences, List.of(), List.of(), 0);
	}

	private TelemetryColumns(String spacecraftId, UUID batchId, long receivedAtMicros, int chunk, long[] times,
			long[] sequences, List<String> parameters, List<TelemetryColumn> columns, int sampleCount) {
		this.spacecraftId = spacecraftId;
		this.batchId = batchId;
		this.receivedAtMicros = receivedAtMicros;
		this.chunk = chunk;
		this.times = times;
		this.sequences = sequences;
		this.parameters = parameters;
		this.columns = columns;
		this.sampleCount = sampleCount;
	}

	TelemetryColumns with(List<String> parameters, List<TelemetryColumn> columns, int sampleCount) {
		return new TelemetryColumns(this.spacecraftId, this.batchId, this.receivedAtMicros, this.chunk, this.times,
				this.sequences, List.copyOf(parameters), List.copyOf(columns), sampleCount);
	}

	public String spacecraftId() {
		return this.spacecraftId;
	}

	public UUID batchId() {
		return this.batchId;
	}

	/** When ingest received the batch, epoch µs. */
	public long receivedAtMicros() {
		return this.receivedAtMicros;
	}

	/** The record's number among the records of its batch and spacecraft. */
	public int chunk() {
		return this.chunk;
	}

	public int frameCount() {
		return this.times.length;
	}

	/** Each frame's timestamp, epoch µs, ascending. */
	public long[] times() {
		return this.times;
	}

	/** Each frame's sequence number. */
	public long[] sequences() {
		return this.sequences;
	}

	/** Every parameter in the record, sorted, decoded or not. */
	public List<String> parameters() {
		return this.parameters;
	}

	/** The columns decoded, sorted by name. */
	public List<TelemetryColumn> columns() {
		return this.columns;
	}

	/** The decoded column of this parameter, or null. */
	public TelemetryColumn column(String parameter) {
		int low = 0;
		int high = this.columns.size() - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			int order = this.columns.get(middle).name().compareTo(parameter);
			if (order == 0) {
				return this.columns.get(middle);
			}
			if (order < 0) {
				low = middle + 1;
			}
			else {
				high = middle - 1;
			}
		}
		return null;
	}

	/** Samples in the record, in every column whether decoded or not. */
	public int sampleCount() {
		return this.sampleCount;
	}

}

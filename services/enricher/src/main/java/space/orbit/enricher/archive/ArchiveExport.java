package space.orbit.enricher.archive;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Writes several parameters' archive over one range as CSV, in time order: raw samples
 * merged from MongoDB cursors per parameter (a batch of documents each in memory, never
 * the range), or the steps of the downsampled archive (bounded by the steps' maximum).
 * Counts the rows before writing them, so a reader can show progress.
 */
class ArchiveExport {

	static final String RAW_HEADER = "timestamp,spacecraftId,parameter,sequence,raw,calibrated,unit";

	static final String STEPS_HEADER = "from,spacecraftId,parameter,count,min,max,avg,unit";

	/** Buckets a cursor fetches at a time. */
	private static final int BATCH = 16;

	/** Rows written between two flushes to the client. */
	private static final int FLUSH_EVERY = 4_096;

	private final ArchiveReader reader;

	private final ArchiveQueries queries;

	ArchiveExport(ArchiveReader reader, ArchiveQueries queries) {
		this.reader = reader;
		this.queries = queries;
	}

	/**
	 * The raw samples in the ranges: stored counts of the windows lying inside, samples
	 * counted in the windows at the ranges' edges.
	 */
	long countRaw(List<ArchiveQuery> queries) {
		long rows = 0;
		for (ArchiveQuery query : queries) {
			List<Long> edges = new ArrayList<>();
			for (ArchivedBucket bucket : this.reader.overlapping(query.spacecraftId(), query.parameter(),
					query.fromMicros(), query.toMicros(), false)) {
				if (bucket.startMicros() >= query.fromMicros() && bucket.endMicros() <= query.toMicros()) {
					rows += bucket.count();
				}
				else {
					edges.add(bucket.startMicros());
				}
			}
			for (ArchivedBucket bucket : this.reader.withSamples(query.spacecraftId(), query.parameter(), edges)) {
				rows += bucket.samples().stream().filter((s) -> query.contains(s.timeMicros())).count();
			}
		}
		return rows;
	}

	/**
	 * Writes the raw samples, merged in time (then sequence, then the order the
	 * parameters were asked in) order.
	 */
	long writeRaw(List<ArchiveQuery> queries, Writer out) throws IOException {
		List<SampleStream> streams = new ArrayList<>();
		try {
			PriorityQueue<SampleStream> heads = new PriorityQueue<>(
					Comparator.comparing(SampleStream::peek, ArchiveQueries.TIME_ORDER)
						.thenComparingInt(SampleStream::order));
			for (ArchiveQuery query : queries) {
				SampleStream stream = new SampleStream(query, streams.size(), this.reader.stream(query.spacecraftId(),
						query.parameter(), query.fromMicros(), query.toMicros(), BATCH));
				streams.add(stream);
				if (stream.peek() != null) {
					heads.add(stream);
				}
			}
			out.write(RAW_HEADER);
			out.write("\r\n");
			long rows = 0;
			while (!heads.isEmpty()) {
				SampleStream stream = heads.poll();
				ArchivedSample sample = stream.take();
				Csv.row(out, ArchiveQueries.time(sample.timeMicros()), stream.query().spacecraftId(),
						stream.query().parameter(), sample.sequence(), sample.raw(), sample.engineering(),
						stream.unit());
				if (++rows % FLUSH_EVERY == 0) {
					out.flush();
				}
				if (stream.peek() != null) {
					heads.add(stream);
				}
			}
			out.flush();
			return rows;
		}
		finally {
			streams.forEach(SampleStream::close);
		}
	}

	/** The steps of each parameter, merged in time (then asked-for) order. */
	List<StepRow> steps(List<ArchiveQuery> queries, long step, int maxSteps) {
		List<StepRow> rows = new ArrayList<>();
		for (int i = 0; i < queries.size(); i++) {
			ArchiveQuery query = queries.get(i);
			int order = i;
			StepsPage page = this.queries.steps(query, step, null, maxSteps);
			String unit = (page.metadata() != null) ? page.metadata().unit() : null;
			page.items().forEach((item) -> rows.add(new StepRow(query, order, item, unit)));
		}
		rows.sort(Comparator.comparing((StepRow row) -> row.step().from())
			.thenComparing((row) -> row.query().parameter()));
		return rows;
	}

	void writeSteps(List<StepRow> rows, Writer out) throws IOException {
		out.write(STEPS_HEADER);
		out.write("\r\n");
		for (StepRow row : rows) {
			StepsPage.Step step = row.step();
			Csv.row(out, step.from(), row.query().spacecraftId(), row.query().parameter(), step.count(), step.min(),
					step.max(), step.avg(), row.unit());
		}
		out.flush();
	}

	/** One parameter's step; {@code order} is the parameter's place in the request. */
	record StepRow(ArchiveQuery query, int order, StepsPage.Step step, String unit) {
	}

}

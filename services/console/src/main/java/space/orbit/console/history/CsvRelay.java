package space.orbit.console.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Copies a CSV as it streams from the enricher to the browser, a buffer at a time (never
 * the whole export), counting its rows (line ends after the header line) for the progress
 * shown, and stops when cancelled.
 */
final class CsvRelay {

	private static final int BUFFER = 64 * 1024;

	/** How often progress is reported, in milliseconds. */
	private static final long REPORT_EVERY = 250;

	private final AtomicBoolean cancelled = new AtomicBoolean();

	/**
	 * The most rows one request of this export has copied: a browser may request a
	 * download twice (Chromium was seen to), and progress must not run backwards.
	 */
	private final AtomicLong copied = new AtomicLong();

	void cancel() {
		this.cancelled.set(true);
	}

	boolean cancelled() {
		return this.cancelled.get();
	}

	/**
	 * Copies {@code in} to {@code out}, reporting the rows copied so far.
	 * @return the rows copied (the header line not counted)
	 * @throws CancelledException when cancelled: the copy stops, {@code in} is left to be
	 * closed by the caller
	 */
	long copy(InputStream in, OutputStream out, LongConsumer progress) throws IOException {
		byte[] buffer = new byte[BUFFER];
		long lines = 0;
		long reported = System.currentTimeMillis();
		int read;
		while ((read = in.read(buffer)) != -1) {
			if (this.cancelled.get()) {
				throw new CancelledException(this.copied.get());
			}
			for (int i = 0; i < read; i++) {
				if (buffer[i] == '\n') {
					lines++;
				}
			}
			long rows = Math.max(0, lines - 1);
			this.copied.accumulateAndGet(rows, Math::max);
			out.write(buffer, 0, read);
			long now = System.currentTimeMillis();
			if (now - reported >= REPORT_EVERY) {
				out.flush();
				progress.accept(this.copied.get());
				reported = now;
			}
		}
		out.flush();
		long rows = Math.max(0, lines - 1);
		progress.accept(rows);
		return rows;
	}

	/** The copy stopped because the operator cancelled it. */
	static final class CancelledException extends IOException {

		private final long rows;

		CancelledException(long rows) {
			super("export cancelled after " + rows + " rows");
			this.rows = rows;
		}

		long rows() {
			return this.rows;
		}

	}

}

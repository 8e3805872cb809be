package space.orbit.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What stream clients received, counted from their server-sent events line by line:
 * events by name, bytes, and the columns the dashboard said it dropped for them
 * ({@code dropped} events). Shared by the reading clients; safe across threads.
 */
final class SseTally {

	private static final Pattern DROPPED = Pattern.compile("\"dropped\"\\s*:\\s*(\\d+)");

	private final Map<String, LongAdder> events = new ConcurrentHashMap<>();

	private final LongAdder bytes = new LongAdder();

	private final LongAdder droppedColumns = new LongAdder();

	/** One client's parser state: the current event's name. */
	final class Reader {

		private String name = "message";

		private boolean pending;

		/** Takes one line of the stream (without its line end). */
		void line(String line) {
			SseTally.this.bytes.add(line.length() + 1);
			if (line.isEmpty()) {
				if (this.pending) {
					SseTally.this.events.computeIfAbsent(this.name, (n) -> new LongAdder()).increment();
				}
				this.name = "message";
				this.pending = false;
				return;
			}
			this.pending = true;
			if (line.startsWith("event:")) {
				this.name = line.substring(6).strip();
			}
			else if (line.startsWith("data:") && "dropped".equals(this.name)) {
				Matcher matcher = DROPPED.matcher(line);
				if (matcher.find()) {
					SseTally.this.droppedColumns.add(Long.parseLong(matcher.group(1)));
				}
			}
		}

	}

	Reader reader() {
		return new Reader();
	}

	/** A copy of the counts now. */
	Snapshot snapshot() {
		Map<String, Long> byName = new TreeMap<>();
		this.events.forEach((name, count) -> byName.put(name, count.sum()));
		return new Snapshot(byName, this.bytes.sum(), this.droppedColumns.sum());
	}

	/**
	 * Counts at one moment.
	 *
	 * @param events events by name (a comment-only block, the keep-alive, counts as
	 * {@code message})
	 * @param bytes bytes of the streams' lines
	 * @param droppedColumns columns the dashboard told the readers it dropped
	 */
	record Snapshot(Map<String, Long> events, long bytes, long droppedColumns) {

		long count(String name) {
			return this.events.getOrDefault(name, 0L);
		}

		long total() {
			return this.events.values().stream().mapToLong(Long::longValue).sum();
		}

		/** What was counted since {@code before}. */
		Snapshot minus(Snapshot before) {
			Map<String, Long> delta = new TreeMap<>();
			this.events.forEach((name, count) -> delta.put(name, count - before.count(name)));
			return new Snapshot(delta, this.bytes - before.bytes, this.droppedColumns - before.droppedColumns);
		}

	}

}

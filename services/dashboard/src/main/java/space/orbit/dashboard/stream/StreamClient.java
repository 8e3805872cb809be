package space.orbit.dashboard.stream;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;

import tools.jackson.databind.json.JsonMapper;

import space.orbit.telemetry.columnar.TelemetryColumn;
import space.orbit.telemetry.columnar.TelemetryColumns;

/**
 * One subscribed browser: its reducer (what arrived since the last flush, reduced), the
 * latest non-numeric values and contacts, and its bounded queue of events. The Kafka
 * consumer adds to it and the flusher drains it, both under its lock, briefly; the sender
 * takes from its queue.
 */
final class StreamClient {

	/** Spacecraft whose last contact one client tracks, at most. */
	static final int MAX_CONTACTS = 10_000;

	/**
	 * Series one client keeps built, at most (beyond, those of another spacecraft are
	 * built per record).
	 */
	static final int MAX_BUILT_SERIES = 1_024;

	private final long id;

	private final Subscription subscription;

	private final ColumnReducer reducer;

	private final ClientQueue queue;

	private final Map<Series, Object[]> values = new LinkedHashMap<>();

	private final Map<String, Long> contacts = new HashMap<>();

	/** The subscription's parameters, in its order: index j of the arrays below. */
	private final String[] parameters;

	/**
	 * Per spacecraft, the series of each parameter, built once (at most
	 * {@link #MAX_BUILT_SERIES} series kept).
	 */
	private final Map<String, Series[]> series = new HashMap<>();

	StreamClient(long id, Subscription subscription, int queueCapacity, DoubleConsumer dropped) {
		this.id = id;
		this.subscription = subscription;
		this.parameters = subscription.parameters().toArray(String[]::new);
		this.reducer = new ColumnReducer(subscription.columnMillis(), subscription.width());
		this.queue = new ClientQueue(queueCapacity, dropped);
	}

	long id() {
		return this.id;
	}

	Subscription subscription() {
		return this.subscription;
	}

	ClientQueue queue() {
		return this.queue;
	}

	/**
	 * Takes what the subscription wants from one telemetry record: its subscribed columns
	 * found once, then frame by frame (time order) each of them in the subscription's
	 * order, so that series and values are first touched in the order they always were. A
	 * column the record does not hold, or that was not decoded, adds nothing.
	 */
	synchronized void accept(TelemetryColumns record) {
		String spacecraftId = record.spacecraftId();
		int n = record.frameCount();
		if (!this.subscription.wants(spacecraftId) || n == 0) {
			return;
		}
		long[] times = record.times();
		int p = this.parameters.length;
		TelemetryColumn[] columns = new TelemetryColumn[p];
		boolean any = false;
		for (int j = 0; j < p; j++) {
			columns[j] = record.column(this.parameters[j]);
			any |= columns[j] != null;
		}
		if (any) {
			Series[] named = series(spacecraftId);
			int[] next = new int[p];
			for (int frame = 0; frame < n; frame++) {
				long millis = Math.floorDiv(times[frame], 1_000L);
				for (int j = 0; j < p; j++) {
					TelemetryColumn column = columns[j];
					if (column != null && column.present(frame)) {
						take(named[j], millis, column, next[j]++);
					}
				}
			}
		}
		long latest = Math.floorDiv(times[n - 1], 1_000L);
		if (this.contacts.size() < MAX_CONTACTS || this.contacts.containsKey(spacecraftId)) {
			this.contacts.merge(spacecraftId, latest, Math::max);
		}
	}

	/**
	 * Value {@code i} of the column: numbers and flags reduced, text kept as the latest.
	 */
	private void take(Series series, long millis, TelemetryColumn column, int i) {
		switch (column.valueType(i)) {
			case DOUBLE -> this.reducer.add(series, millis, column.doubles()[i]);
			case LONG -> this.reducer.add(series, millis, column.longs()[i]);
			case BOOLEAN -> this.reducer.add(series, millis, column.booleans()[i] ? 1 : 0);
			case STRING -> this.values.put(series, new Object[] { millis, column.strings()[i] });
			case MIXED -> {
				// Never the type of one value.
			}
		}
	}

	/** The spacecraft's series, one per subscribed parameter. */
	private Series[] series(String spacecraftId) {
		Series[] named = this.series.get(spacecraftId);
		if (named == null) {
			named = new Series[this.parameters.length];
			for (int j = 0; j < named.length; j++) {
				named[j] = new Series(spacecraftId, this.parameters[j]);
			}
			if ((this.series.size() + 1) * named.length <= MAX_BUILT_SERIES) {
				this.series.put(spacecraftId, named);
			}
		}
		return named;
	}

	/**
	 * Queues what was reduced since the last flush; never waits. A client whose queue is
	 * full (stalled) has it counted as dropped without it being written as JSON first:
	 * the flusher's time goes to the clients that read (the dashboard benchmark's stalled
	 * client asked for every parameter of every spacecraft).
	 */
	void flush(JsonMapper json) {
		if (this.queue.full()) {
			discard();
			return;
		}
		List<StreamEvent> events = drain(json);
		for (StreamEvent event : events) {
			this.queue.offer(event);
		}
	}

	/**
	 * Drops what was reduced since the last flush, counted with the weights its events
	 * have.
	 */
	private synchronized void discard() {
		long columns = 0;
		for (ReducedSeries s : this.reducer.drain()) {
			columns += s.columns();
		}
		if (columns > 0) {
			this.queue.drop(columns);
		}
		if (!this.values.isEmpty()) {
			this.queue.drop(this.values.size());
			this.values.clear();
		}
		if (!this.contacts.isEmpty()) {
			this.queue.drop(1);
			this.contacts.clear();
		}
	}

	private synchronized List<StreamEvent> drain(JsonMapper json) {
		List<StreamEvent> events = new ArrayList<>(3);
		List<ReducedSeries> reduced = this.reducer.drain();
		if (!reduced.isEmpty()) {
			List<Map<String, Object>> series = new ArrayList<>(reduced.size());
			long columns = 0;
			for (ReducedSeries s : reduced) {
				Map<String, Object> item = new LinkedHashMap<>();
				item.put("spacecraftId", s.series().spacecraftId());
				item.put("parameter", s.series().parameter());
				item.put("t", s.t());
				item.put("min", s.min());
				item.put("max", s.max());
				item.put("last", s.last());
				item.put("count", s.count());
				series.add(item);
				columns += s.columns();
			}
			events.add(new StreamEvent("points", json.writeValueAsString(Map.of("series", series)), columns));
		}
		if (!this.values.isEmpty()) {
			List<Map<String, Object>> latest = new ArrayList<>(this.values.size());
			this.values.forEach((s, v) -> latest
				.add(Map.of("spacecraftId", s.spacecraftId(), "parameter", s.parameter(), "t", v[0], "value", v[1])));
			events.add(new StreamEvent("values", json.writeValueAsString(Map.of("values", latest)), latest.size()));
			this.values.clear();
		}
		if (!this.contacts.isEmpty()) {
			events.add(new StreamEvent("contact", json.writeValueAsString(Map.of("contacts", this.contacts)), 1));
			this.contacts.clear();
		}
		return events;
	}

}

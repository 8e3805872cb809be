package space.orbit.dashboard.stream;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;

import tools.jackson.databind.json.JsonMapper;

import space.orbit.telemetry.TelemetryRecord;

/**
 * One subscribed browser: its reducer (what arrived since the last flush, reduced), the
 * latest non-numeric values and contacts, and its bounded queue of events. The Kafka
 * consumer adds to it and the flusher drains it, both under its lock, briefly; the sender
 * takes from its queue.
 */
final class StreamClient {

	/** Spacecraft whose last contact one client tracks, at most. */
	static final int MAX_CONTACTS = 10_000;

	private final long id;

	private final Subscription subscription;

	private final ColumnReducer reducer;

	private final ClientQueue queue;

	private final Map<Series, Object[]> values = new LinkedHashMap<>();

	private final Map<String, Long> contacts = new HashMap<>();

	StreamClient(long id, Subscription subscription, int queueCapacity, DoubleConsumer dropped) {
		this.id = id;
		this.subscription = subscription;
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

	/** Takes what the subscription wants from one telemetry record. */
	synchronized void accept(TelemetryRecord record) {
		String spacecraftId = record.spacecraftId();
		if (!this.subscription.wants(spacecraftId)) {
			return;
		}
		long latest = Long.MIN_VALUE;
		for (TelemetryRecord.Frame frame : record.frames()) {
			long millis = Math.floorDiv(frame.timeMicros(), 1_000L);
			latest = Math.max(latest, millis);
			for (String parameter : this.subscription.parameters()) {
				Object value = frame.samples().get(parameter);
				if (value instanceof Number number) {
					this.reducer.add(new Series(spacecraftId, parameter), millis, number.doubleValue());
				}
				else if (value instanceof Boolean flag) {
					this.reducer.add(new Series(spacecraftId, parameter), millis, flag ? 1 : 0);
				}
				else if (value != null) {
					this.values.put(new Series(spacecraftId, parameter), new Object[] { millis, value });
				}
			}
		}
		if (latest != Long.MIN_VALUE
				&& (this.contacts.size() < MAX_CONTACTS || this.contacts.containsKey(spacecraftId))) {
			this.contacts.merge(spacecraftId, latest, Math::max);
		}
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

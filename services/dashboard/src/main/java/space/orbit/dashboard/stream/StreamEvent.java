package space.orbit.dashboard.stream;

/**
 * One server-sent event, serialized.
 *
 * @param name the SSE event name: points, values, contact, alert, compute, dropped
 * @param json its data
 * @param weight what dropping it loses, for the notice: columns for points, else 1
 */
record StreamEvent(String name, String json, long weight) {
}

package space.orbit.analyzer.detection;

import java.util.Map;

/**
 * Spans for alert events: Spring Kafka's observations do not reach into Kafka Streams, so
 * the topology opens one span per event itself, as a child of the sample's trace.
 */
@FunctionalInterface
public interface AlertTracing {

	/** No tracing: events carry the sample's trace context unchanged. */
	AlertTracing NONE = (name, parent, tags) -> parent;

	/**
	 * Records a span named {@code name} whose parent is {@code traceparent} (a new trace
	 * when null) and returns the span's own {@code traceparent}, or {@code traceparent}
	 * when tracing is off.
	 */
	String span(String name, String traceparent, Map<String, String> tags);

	/**
	 * Runs {@code action} with the span {@code traceparent} names as the current one, so
	 * that a latency it records names that trace as its exemplar; as is when tracing is
	 * off.
	 */
	default void within(String traceparent, Runnable action) {
		action.run();
	}

}

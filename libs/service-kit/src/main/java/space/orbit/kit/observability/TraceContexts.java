package space.orbit.kit.observability;

import java.util.HashMap;
import java.util.Map;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Carries W3C trace context across a gap that no instrumentation spans: captured as a
 * {@code traceparent} string now (stored with an outbox row, say), continued later as the
 * parent of a new span. Without tracing on the classpath every method is a no-op.
 */
public class TraceContexts {

	private final ObjectProvider<Tracer> tracer;

	private final ObjectProvider<Propagator> propagator;

	public TraceContexts(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
		this.tracer = tracer;
		this.propagator = propagator;
	}

	/** The {@code traceparent} of the current span, or null when there is none. */
	public String currentTraceparent() {
		Tracer tracer = this.tracer.getIfAvailable();
		Propagator propagator = this.propagator.getIfAvailable();
		Span span = (tracer != null) ? tracer.currentSpan() : null;
		if (span == null || propagator == null) {
			return null;
		}
		Map<String, String> carrier = new HashMap<>();
		propagator.inject(span.context(), carrier, Map::put);
		return carrier.get("traceparent");
	}

	/** The trace id of the current span, or null. */
	public String currentTraceId() {
		Tracer tracer = this.tracer.getIfAvailable();
		Span span = (tracer != null) ? tracer.currentSpan() : null;
		return (span != null) ? span.context().traceId() : null;
	}

	/**
	 * Starts a span whose parent is the given {@code traceparent} (a new trace when it is
	 * null). The caller ends it, usually with
	 * {@code try (var scope = tracer.withSpan(span))}.
	 */
	public Span startChild(String name, String traceparent) {
		Tracer tracer = this.tracer.getIfAvailable();
		Propagator propagator = this.propagator.getIfAvailable();
		if (tracer == null) {
			return Span.NOOP;
		}
		if (traceparent == null || propagator == null) {
			return tracer.nextSpan().name(name).start();
		}
		return propagator.extract(Map.of("traceparent", traceparent), Map::get).name(name).start();
	}

	/**
	 * Runs the action with the span in scope, then ends the span (recording an error, if
	 * any).
	 */
	public void inSpan(Span span, Runnable action) {
		Tracer tracer = this.tracer.getIfAvailable();
		try (Tracer.SpanInScope scope = (tracer != null) ? tracer.withSpan(span) : null) {
			action.run();
		}
		catch (RuntimeException ex) {
			span.error(ex);
			throw ex;
		}
		finally {
			span.end();
		}
	}

	/** Adds a tag to the current span, if there is one. */
	public void tagCurrentSpan(String key, String value) {
		Tracer tracer = this.tracer.getIfAvailable();
		Span span = (tracer != null) ? tracer.currentSpan() : null;
		if (span != null) {
			span.tag(key, value);
		}
	}

	public Tracer tracer() {
		return this.tracer.getIfAvailable();
	}

}

package space.orbit.analyzer.detection;

import java.util.Map;

import io.micrometer.tracing.CurrentTraceContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;

import space.orbit.kit.observability.TraceContexts;

/**
 * Alert spans through the service's tracer: each a child of the sample's trace, recorded
 * and ended at once; the alerted latency is recorded with that span current, so its
 * exemplar names the alert's trace.
 */
final class SpanAlertTracing implements AlertTracing {

	private final TraceContexts traces;

	SpanAlertTracing(TraceContexts traces) {
		this.traces = traces;
	}

	@Override
	public String span(String name, String traceparent, Map<String, String> tags) {
		Span span = this.traces.startChild(name, traceparent);
		if (span.isNoop()) {
			return traceparent;
		}
		tags.forEach(span::tag);
		span.end();
		return "00-" + span.context().traceId() + "-" + span.context().spanId() + "-"
				+ (Boolean.FALSE.equals(span.context().sampled()) ? "00" : "01");
	}

	@Override
	public void within(String traceparent, Runnable action) {
		Tracer tracer = this.traces.tracer();
		String[] parts = (traceparent != null) ? traceparent.split("-") : new String[0];
		if (tracer == null || parts.length != 4 || parts[1].length() != 32 || parts[2].length() != 16) {
			action.run();
			return;
		}
		TraceContext context = tracer.traceContextBuilder()
			.traceId(parts[1])
			.spanId(parts[2])
			.sampled("01".equals(parts[3]))
			.build();
		try (CurrentTraceContext.Scope scope = tracer.currentTraceContext().newScope(context)) {
			action.run();
		}
	}

}

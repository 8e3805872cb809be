package space.orbit.analyzer.detection;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

import space.orbit.analyzer.AnalyzerJson;
import space.orbit.analyzer.Severity;
import space.orbit.analyzer.alerts.AlertEvent;
import space.orbit.analyzer.alerts.AlertEvent.Change;
import space.orbit.messaging.Headers;

/**
 * Turns a condition's change into an alert event: a span in the sample's trace, and the
 * metrics; the live topology forwards it to {@code orbit.alerts.v1} with CloudEvents
 * headers and the {@code traceparent} of that span, a backtest collects it.
 */
final class AlertEmitter {

	private final Sink sink;

	private final AlertTracing tracing;

	private final DetectionMetrics metrics;

	AlertEmitter(ProcessorContext<String, byte[]> context, AlertTracing tracing, DetectionMetrics metrics) {
		this((event, traceparent, nowMillis) -> forward(context, event, traceparent, nowMillis), tracing, metrics);
	}

	AlertEmitter(Sink sink, AlertTracing tracing, DetectionMetrics metrics) {
		this.sink = sink;
		this.tracing = tracing;
		this.metrics = metrics;
	}

	void emit(Change change, String detector, Condition alert, Observation seen, long nowMillis) {
		String id = seen.spacecraftId() + "/" + seen.parameter() + "/" + detector + "/" + alert.episode + "/"
				+ alert.sequence++;
		String traceparent = this.tracing.span("alert " + change.name().toLowerCase() + " " + detector,
				seen.traceparent(), Map.of("orbit.alert.id", id, "orbit.spacecraft", seen.spacecraftId(),
						"orbit.parameter", seen.parameter(), "orbit.alert.severity", alert.severity));
		AlertEvent event = new AlertEvent(id, change, seen.spacecraftId(), seen.parameter(), detector, alert.ruleId,
				Severity.valueOf(alert.severity), alert.latching, (alert.value != null) ? alert.value : alert.text,
				alert.threshold, alert.low, alert.high, alert.message, instant(alert.firstSeen),
				instant(alert.lastSeen), alert.count, Observation.traceId(traceparent), seen.batchId(),
				(seen.receivedAtMillis() > 0) ? Instant.ofEpochMilli(seen.receivedAtMillis()) : null,
				Instant.ofEpochMilli(nowMillis));
		this.sink.accept(event, traceparent, nowMillis);
		alert.lastEmitted = nowMillis;
		if (change == Change.RAISED) {
			this.tracing.within(traceparent,
					() -> this.metrics.raised(alert.severity, alert.ruleId, seen.receivedAtMillis(), nowMillis));
		}
		else if (change == Change.CLEARED) {
			this.metrics.cleared(detector);
		}
	}

	private static void forward(ProcessorContext<String, byte[]> context, AlertEvent event, String traceparent,
			long nowMillis) {
		RecordHeaders headers = new RecordHeaders();
		header(headers, "ce_specversion", "1.0");
		header(headers, "ce_id", event.id());
		header(headers, "ce_source", "/orbit/analyzer");
		header(headers, "ce_type", AlertEvent.TYPE);
		header(headers, "ce_subject", event.spacecraftId() + "/" + event.parameter() + "/" + event.detector());
		header(headers, "ce_time", event.emittedAt().toString());
		header(headers, "content-type", "application/json");
		header(headers, Headers.TRACEPARENT, traceparent);
		header(headers, Headers.BATCH_ID, event.batchId());
		header(headers, Headers.RECEIVED_AT, (event.receivedAt() != null) ? event.receivedAt().toString() : null);
		context.forward(
				new Record<>(event.spacecraftId(), AnalyzerJson.MAPPER.writeValueAsBytes(event), nowMillis, headers));
	}

	private static Instant instant(long micros) {
		return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
	}

	private static void header(RecordHeaders headers, String key, String value) {
		if (value != null) {
			headers.add(key, value.getBytes(StandardCharsets.UTF_8));
		}
	}

	/** Where alert events go. */
	@FunctionalInterface
	interface Sink {

		void accept(AlertEvent event, String traceparent, long nowMillis);

	}

}

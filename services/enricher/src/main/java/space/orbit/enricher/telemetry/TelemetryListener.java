package space.orbit.enricher.telemetry;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.micrometer.tracing.Span;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.kafka.support.Acknowledgment;
import space.orbit.enricher.archive.ArchiveWrite;
import space.orbit.enricher.archive.SegmentWriter;
import space.orbit.enricher.enrichment.EnrichedRecord;
import space.orbit.enricher.enrichment.Enricher;
import space.orbit.kit.observability.TraceContexts;
import space.orbit.messaging.Headers;
import space.orbit.messaging.Topics;
import space.orbit.telemetry.columnar.TelemetryColumns;
import space.orbit.telemetry.columnar.TelemetryRecords;

/**
 * Consumes the telemetry topic in batches: reads every record as columns by its
 * {@code content-type} header (an {@code orbit.telemetry.v2} record as it is, a v1 JSON
 * record converted: {@link TelemetryRecords}), enriches it a column at a time, writes the
 * batch to the archive in bulk writes of about {@code writeSamples} samples (memory stays
 * bounded; a write ends with a whole record), and acknowledges (commits the offsets) only
 * once MongoDB has acknowledged every write. A failed write is thrown to the container's
 * error handler, which retries the batch with back-off; writes are idempotent, so a retry
 * or a redelivery after a crash adds nothing twice. Each record's processing is a span in
 * the trace of its {@code traceparent} header. Unreadable records are counted and
 * skipped. Partitions revoked, the writer forgets the windows it knew: another consumer
 * may write them now.
 */
class TelemetryListener implements ConsumerSeekAware {

	static final String ID = "archive";

	private static final Logger log = LoggerFactory.getLogger(TelemetryListener.class);

	private final Enricher enricher;

	private final SegmentWriter writer;

	private final ArchiveMetrics metrics;

	private final TraceContexts traces;

	private final Clock clock;

	private final int writeSamples;

	TelemetryListener(Enricher enricher, SegmentWriter writer, ArchiveMetrics metrics, TraceContexts traces,
			Clock clock, int writeSamples) {
		this.writeSamples = writeSamples;
		this.enricher = enricher;
		this.writer = writer;
		this.metrics = metrics;
		this.traces = traces;
		this.clock = clock;
	}

	@KafkaListener(id = ID, topics = "${orbit.enricher.telemetry-topic:" + Topics.TELEMETRY + "}",
			groupId = "${orbit.enricher.consumer-group:enricher}", concurrency = "${orbit.enricher.consumers:1}",
			autoStartup = "false", batch = "true")
	void archive(List<ConsumerRecord<String, byte[]>> records, Acknowledgment acknowledgment) {
		List<EnrichedRecord> pending = new ArrayList<>();
		int pendingSamples = 0;
		List<Span> spans = new ArrayList<>(records.size());
		List<Long> receipts = new ArrayList<>(records.size());
		long unknown = 0;
		long derived = 0;
		ArchiveWrite written = new ArchiveWrite(0, 0, 0);
		try {
			for (ConsumerRecord<String, byte[]> record : records) {
				TelemetryColumns telemetry = read(record);
				if (telemetry == null) {
					continue;
				}
				Span span = this.traces.startChild("archive " + record.topic(), header(record, Headers.TRACEPARENT));
				span.tag("messaging.kafka.offset", Long.toString(record.offset()));
				span.tag("orbit.spacecraft", telemetry.spacecraftId());
				spans.add(span);
				receipts.add(telemetry.receivedAtMicros());
				EnrichedRecord enriched = this.enricher.enrich(telemetry);
				unknown += enriched.unknownSamples();
				derived += enriched.derivedSamples();
				pending.add(enriched);
				pendingSamples += enriched.sampleCount();
				if (pendingSamples >= this.writeSamples) {
					written = written.plus(this.writer.writeRecords(pending));
					pending.clear();
					pendingSamples = 0;
				}
			}
			written = written.plus(this.writer.writeRecords(pending));
		}
		catch (RuntimeException ex) {
			spans.forEach(span -> span.error(ex).end());
			throw ex;
		}
		acknowledgment.acknowledge();
		this.metrics.written(written, spans.size(), unknown, derived);
		long now = this.clock.millis() * 1_000L;
		for (int i = 0; i < spans.size(); i++) {
			long receipt = receipts.get(i);
			// In the record's span: the latency's exemplar names the record's trace.
			this.traces.inSpan(spans.get(i), () -> {
				if (receipt > 0) {
					this.metrics.latency(Duration.ofNanos((now - receipt) * 1_000L));
				}
			});
		}
	}

	@Override
	public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
		if (!partitions.isEmpty()) {
			this.writer.forgetWindows();
		}
	}

	private TelemetryColumns read(ConsumerRecord<String, byte[]> record) {
		if (record.value() == null) {
			this.metrics.rejected("empty");
			return null;
		}
		try {
			return TelemetryRecords.read(header(record, Headers.CONTENT_TYPE), record.value());
		}
		catch (RuntimeException ex) {
			// an UnreadableRecordException, or any other failure to decode: poison
			this.metrics.rejected("unreadable");
			log.warn("Skipped an unreadable telemetry record at {}-{}@{}: {}", record.topic(), record.partition(),
					record.offset(), ex.getMessage());
			return null;
		}
	}

	private static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

}

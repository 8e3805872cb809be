package space.orbit.analyzer.detection;

import java.util.Map;
import java.util.Properties;

import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Streams' processing exception handler: a record whose processing threw is skipped
 * and counted ({@code orbit_events_invalid_total}). Without it the stream thread fails,
 * its replacement meets the same record again, and after five failures detection stops.
 */
public final class SkipFailedRecords implements ProcessingExceptionHandler {

	/** The configuration key under which the handler finds the metrics object. */
	static final String METRICS = "orbit.analyzer.detection-metrics";

	private static final Logger log = LoggerFactory.getLogger(SkipFailedRecords.class);

	private DetectionMetrics metrics;

	/** Sets the handler, with the metrics it counts in, on the Streams properties. */
	static Properties configure(Properties properties, DetectionMetrics metrics) {
		properties.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, SkipFailedRecords.class);
		properties.put(METRICS, metrics);
		return properties;
	}

	@Override
	public void configure(Map<String, ?> configs) {
		this.metrics = (DetectionMetrics) configs.get(METRICS);
	}

	@Override
	public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
		if (this.metrics != null) {
			this.metrics.invalidRecord();
		}
		log.warn("Skipping a record of {}-{}@{} whose processing failed (node {})", context.topic(),
				context.partition(), context.offset(), context.processorNodeId(), exception);
		return Response.resume();
	}

}

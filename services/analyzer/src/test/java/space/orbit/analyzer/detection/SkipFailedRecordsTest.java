package space.orbit.analyzer.detection;

import java.util.Map;
import java.util.Properties;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record whose processing throws is skipped and counted, not a failed stream thread.
 */
class SkipFailedRecordsTest {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	@Test
	void theStreamsPropertiesNameTheHandlerAndItsMetrics() {
		DetectionMetrics metrics = new DetectionMetrics(this.registry);
		Properties properties = SkipFailedRecords.configure(new Properties(), metrics);

		assertThat(properties.get(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG))
			.isEqualTo(SkipFailedRecords.class);
		assertThat(properties.get(SkipFailedRecords.METRICS)).isSameAs(metrics);
	}

	@Test
	void aFailedRecordIsSkippedAndCounted() {
		SkipFailedRecords handler = new SkipFailedRecords();
		handler.configure(Map.of(SkipFailedRecords.METRICS, new DetectionMetrics(this.registry)));

		ProcessingExceptionHandler.Response response = handler.handleError(context(),
				new Record<>("ORB-1", new byte[] { 1 }, 0L), new IllegalStateException("a bug met by one record"));

		assertThat(response.result()).isEqualTo(ProcessingExceptionHandler.Result.RESUME);
		assertThat(this.registry.counter("orbit.events.invalid").count()).isEqualTo(1);
	}

	private static ErrorHandlerContext context() {
		return new ErrorHandlerContext() {

			@Override
			public String topic() {
				return "orbit.telemetry.v1";
			}

			@Override
			public int partition() {
				return 0;
			}

			@Override
			public long offset() {
				return 42;
			}

			@Override
			public Headers headers() {
				return new RecordHeaders();
			}

			@Override
			public String processorNodeId() {
				return "detect";
			}

			@Override
			public TaskId taskId() {
				return new TaskId(0, 0);
			}

			@Override
			public long timestamp() {
				return 0;
			}

			@Override
			public byte[] sourceRawKey() {
				return null;
			}

			@Override
			public byte[] sourceRawValue() {
				return null;
			}

		};
	}

}

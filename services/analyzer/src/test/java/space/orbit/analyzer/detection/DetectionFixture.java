package space.orbit.analyzer.detection;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

import space.orbit.analyzer.AnalyzerJson;
import space.orbit.analyzer.alerts.AlertEvent;
import space.orbit.analyzer.rules.Rule;
import space.orbit.registry.RegistryEvents;
import space.orbit.registry.RegistryRecord;
import space.orbit.telemetry.Frame;
import space.orbit.telemetry.TelemetryCodec;
import space.orbit.telemetry.TelemetryRecordReader;
import space.orbit.telemetry.columnar.ColumnarRecord;
import space.orbit.telemetry.columnar.TelemetryRecords;

/**
 * The analyzer's topology in a {@link TopologyTestDriver}: rules and frames in, alert
 * events out, a wall clock to move by hand. Frames are one a second by default, each
 * received by ingest 200 ms after its timestamp, and each is one telemetry record in the
 * fixture's {@link Encoding}: detector tests run over both contracts.
 */
final class DetectionFixture implements AutoCloseable {

	/** How telemetry records are written: the two contracts the analyzer reads. */
	enum Encoding {

		/**
		 * {@code orbit.telemetry.v1}: JSON, {@code content-type: application/json}.
		 */
		JSON,

		/**
		 * {@code orbit.telemetry.v2}: a columnar record
		 * ({@link TelemetryRecords#COLUMNS_CONTENT_TYPE}).
		 */
		COLUMNS

	}

	static final Instant START = Instant.parse("2026-11-21T10:00:00Z");

	static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	static final String TRACEPARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

	static final AnalyzerTopology.Topics TOPICS = new AnalyzerTopology.Topics("telemetry", "rules", "alerts",
			"registry");

	final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	final TopologyTestDriver driver;

	private final TestInputTopic<String, byte[]> telemetry;

	private final TestInputTopic<String, byte[]> rules;

	private final TestInputTopic<String, byte[]> registryRecords;

	private final TestOutputTopic<String, byte[]> alerts;

	private final List<TestRecord<String, byte[]>> read = new ArrayList<>();

	private final Map<String, Long> sequences = new LinkedHashMap<>();

	private final Encoding encoding;

	private Instant wallClock = START;

	DetectionFixture(Encoding encoding, Rule... rules) {
		this(encoding, DetectionSettings.DEFAULTS.inMemory(), AlertTracing.NONE, rules);
	}

	DetectionFixture(Encoding encoding, DetectionSettings settings, AlertTracing tracing, Rule... rules) {
		this.encoding = encoding;
		Properties properties = new Properties();
		properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "analyzer-test");
		properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
		properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
		try {
			properties.put(StreamsConfig.STATE_DIR_CONFIG,
					Files.createTempDirectory("analyzer-ttd").toAbsolutePath().toString());
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.driver = new TopologyTestDriver(
				AnalyzerTopology.build(TOPICS, settings, new DetectionMetrics(this.registry), tracing), properties,
				START);
		this.telemetry = this.driver.createInputTopic(TOPICS.telemetry(), new StringSerializer(),
				new ByteArraySerializer());
		this.rules = this.driver.createInputTopic(TOPICS.rules(), new StringSerializer(), new ByteArraySerializer());
		this.registryRecords = this.driver.createInputTopic(TOPICS.registry(), new StringSerializer(),
				new ByteArraySerializer());
		this.alerts = this.driver.createOutputTopic(TOPICS.alerts(), new StringDeserializer(),
				new ByteArrayDeserializer());
		for (Rule rule : rules) {
			rule(rule);
		}
	}

	void rule(Rule rule) {
		this.rules.pipeInput(rule.id(), AnalyzerJson.MAPPER.writeValueAsBytes(rule));
	}

	/** Bytes on the rules topic as anyone may write them, readable or not. */
	void rawRule(String id, byte[] value) {
		this.rules.pipeInput(id, value);
	}

	void deleteRule(String id) {
		this.rules.pipeInput(id, null);
	}

	/** A mission database record, as the processor publishes it. */
	void registry(RegistryRecord record) {
		this.registryRecords.pipeInput(RegistryEvents.key(record), RegistryEvents.value(record));
	}

	/** Bytes (or a tombstone, null) under a key of the mission database's topic. */
	void rawRegistry(String key, byte[] value) {
		this.registryRecords.pipeInput(key, value);
	}

	/**
	 * One frame of one spacecraft, sent one second of wall clock after the previous one.
	 */
	void frame(String spacecraftId, Instant timestamp, Map<String, Object> samples) {
		long sequence = this.sequences.merge(spacecraftId, 1L, Long::sum);
		frame(spacecraftId, timestamp, sequence, samples);
	}

	void frame(String spacecraftId, Instant timestamp, long sequence, Map<String, Object> samples) {
		record(spacecraftId, timestamp.plusMillis(200), List.of(new Frame(spacecraftId, timestamp, sequence, samples)));
	}

	/**
	 * Frames of one spacecraft as one record (of one batch), as the processor publishes
	 * them, in the fixture's encoding.
	 */
	void record(String spacecraftId, Instant receivedAt, List<Frame> frames) {
		UUID batchId = UUID.randomUUID();
		RecordHeaders headers = new RecordHeaders();
		headers.add("traceparent", TRACEPARENT.getBytes(StandardCharsets.UTF_8));
		headers.add("orbit-received-at", receivedAt.toString().getBytes(StandardCharsets.UTF_8));
		byte[] value = switch (this.encoding) {
			case JSON -> {
				headers.add("ce_type", TelemetryRecords.JSON_EVENT_TYPE.getBytes(StandardCharsets.UTF_8));
				headers.add("content-type", TelemetryRecords.JSON_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
				yield json(spacecraftId, batchId, receivedAt, frames);
			}
			case COLUMNS -> {
				headers.add("ce_type", TelemetryRecords.COLUMNS_EVENT_TYPE.getBytes(StandardCharsets.UTF_8));
				headers.add("content-type", TelemetryRecords.COLUMNS_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
				yield ColumnarRecord.encode(spacecraftId, batchId, TelemetryRecordReader.micros(receivedAt), 0,
						frames.stream()
							.map(frame -> new Frame(frame.spacecraftId(), frame.timestamp(), frame.sequence(),
									asRead(frame.samples())))
							.toList());
			}
		};
		this.telemetry.pipeInput(new TestRecord<>(spacecraftId, value, headers, this.wallClock));
	}

	/** A {@code orbit.telemetry.v1} record body. */
	static byte[] json(String spacecraftId, UUID batchId, Instant receivedAt, List<Frame> frames) {
		List<Map<String, Object>> list = new ArrayList<>();
		for (Frame frame : frames) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("timestamp", TelemetryCodec.formatTimestamp(frame.timestamp()));
			json.put("sequence", frame.sequence());
			json.put("samples", frame.samples());
			list.add(json);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("spacecraftId", spacecraftId);
		body.put("batchId", batchId.toString());
		body.put("receivedAt", TelemetryCodec.formatTimestamp(receivedAt));
		body.put("chunk", 0);
		body.put("frames", list);
		return AnalyzerJson.MAPPER.writeValueAsBytes(body);
	}

	/**
	 * Bytes on the telemetry topic as anyone may write them, readable or not, under a
	 * {@code content-type} (or none, null).
	 */
	void rawTelemetry(String key, String contentType, byte[] value) {
		RecordHeaders headers = new RecordHeaders();
		if (contentType != null) {
			headers.add("content-type", contentType.getBytes(StandardCharsets.UTF_8));
		}
		this.telemetry.pipeInput(new TestRecord<>(key, value, headers, this.wallClock));
	}

	/**
	 * Sample values as a JSON reader gives them back: whole numbers as Long, others as
	 * Double, booleans and strings as they are.
	 */
	private static Map<String, Object> asRead(Map<String, Object> samples) {
		Map<String, Object> values = new LinkedHashMap<>();
		samples.forEach((name, value) -> values.put(name, switch (value) {
			case Integer i -> (long) i;
			case Short i -> (long) i;
			case Byte i -> (long) i;
			case Float f -> Double.parseDouble(f.toString());
			default -> value;
		}));
		return values;
	}

	/** Samples of one parameter, one a second of sample time from {@link #START}. */
	void series(String spacecraftId, String parameter, double... values) {
		for (double value : values) {
			sample(spacecraftId, parameter, value);
		}
	}

	/**
	 * The next sample of a parameter (the next second), with the wall clock following.
	 */
	void sample(String spacecraftId, String parameter, Object value) {
		long next = this.sequences.getOrDefault(spacecraftId, 0L);
		frame(spacecraftId, START.plusSeconds(next), Map.of(parameter, value));
		tick(Duration.ofSeconds(1));
	}

	/**
	 * Moves the wall clock as a running stream thread sees it: a punctuation every second
	 * (one big jump would look like a thread held for that long).
	 */
	void tick(Duration duration) {
		Duration left = duration;
		while (left.isPositive()) {
			Duration step = (left.compareTo(Duration.ofSeconds(1)) > 0) ? Duration.ofSeconds(1) : left;
			this.wallClock = this.wallClock.plus(step);
			this.driver.advanceWallClockTime(step);
			left = left.minus(step);
		}
	}

	/** Moves the wall clock in one jump: the stream thread was held meanwhile. */
	void hold(Duration duration) {
		this.wallClock = this.wallClock.plus(duration);
		this.driver.advanceWallClockTime(duration);
	}

	/** Every alert event emitted so far. */
	List<AlertEvent> alerts() {
		this.read.addAll(this.alerts.readRecordsToList());
		return this.read.stream().map(r -> AnalyzerJson.MAPPER.readValue(r.value(), AlertEvent.class)).toList();
	}

	List<TestRecord<String, byte[]>> records() {
		alerts();
		return this.read;
	}

	double counter(String name, String... tags) {
		Counter counter = this.registry.find(name).tags(tags).counter();
		return (counter != null) ? counter.count() : 0;
	}

	Timer timer(String name, String... tags) {
		return this.registry.find(name).tags(tags).timer();
	}

	@Override
	public void close() {
		this.driver.close();
	}

}

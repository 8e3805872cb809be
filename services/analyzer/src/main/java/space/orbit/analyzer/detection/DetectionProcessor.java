package space.orbit.analyzer.detection;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import space.orbit.analyzer.rules.Rule;
import space.orbit.analyzer.rules.RuleBook;
import space.orbit.analyzer.rules.RuleBook.AppliedRules;
import space.orbit.messaging.Headers;
import space.orbit.telemetry.columnar.TelemetryColumn;
import space.orbit.telemetry.columnar.TelemetryColumns;
import space.orbit.telemetry.columnar.TelemetryRecords;

/**
 * The detectors over one task's spacecraft: for each telemetry record (v1 JSON or v2
 * columns, by its {@code content-type}, read into the same {@link TelemetryColumns}),
 * frames that are duplicates or older than the spacecraft's latest are counted and
 * skipped; every sample of the others goes through the detectors its rules turn on, frame
 * by frame in time order and parameter by parameter (by name) within a frame, with each
 * column's rules and state looked up once per record; state stays in the stores
 * (changelogged), so a restart resumes where it stopped. A wall-clock punctuation looks
 * for silence, unless it comes late: then this thread itself was held (a long GC pause, a
 * transaction commit retried, a starved CPU), frames may be waiting unread, and the
 * spacecraft's silence is measured again from now, as after a restart. A busy analyzer
 * delays a silence alert; it never invents one.
 */
final class DetectionProcessor implements Processor<String, byte[], String, byte[]> {

	private static final Logger log = LoggerFactory.getLogger(DetectionProcessor.class);

	/** The batch id {@link TelemetryRecords} gives a v1 record that has none. */
	private static final UUID NO_BATCH = new UUID(0, 0);

	private final DetectionSettings settings;

	private final DetectionMetrics metrics;

	private final AlertTracing tracing;

	private final AtomicLong rulesGeneration;

	private final AtomicLong registryGeneration;

	/** The sample under the detectors, reused for every sample. */
	private final Sample sample = new Sample();

	private ProcessorContext<String, byte[]> context;

	private KeyValueStore<String, SpacecraftState> spacecraftStore;

	private KeyValueStore<String, ParameterState> parameterStore;

	private RuleSource rules;

	private SampleAnalyzer analyzer;

	private SilenceCheck silence;

	private long started;

	private long lastPunctuation;

	DetectionProcessor(DetectionSettings settings, DetectionMetrics metrics, AlertTracing tracing,
			AtomicLong rulesGeneration, AtomicLong registryGeneration) {
		this.settings = settings;
		this.metrics = metrics;
		this.tracing = tracing;
		this.rulesGeneration = rulesGeneration;
		this.registryGeneration = registryGeneration;
	}

	@Override
	public void init(ProcessorContext<String, byte[]> context) {
		this.context = context;
		this.spacecraftStore = context.getStateStore(AnalyzerTopology.SPACECRAFT_STORE);
		this.parameterStore = context.getStateStore(AnalyzerTopology.PARAMETER_STORE);
		this.rules = new RuleSource(context.getStateStore(AnalyzerTopology.RULES_STORE), this.rulesGeneration,
				context.getStateStore(AnalyzerTopology.REGISTRY_STORE), this.registryGeneration);
		ConditionTracker tracker = new ConditionTracker(new AlertEmitter(context, this.tracing, this.metrics),
				this.settings, this.metrics);
		this.analyzer = new SampleAnalyzer(tracker);
		this.silence = new SilenceCheck(tracker, this.settings);
		this.started = context.currentSystemTimeMs();
		this.lastPunctuation = this.started;
		context.schedule(this.settings.punctuateInterval(), PunctuationType.WALL_CLOCK_TIME, this::punctuate);
	}

	/**
	 * The wall-clock silence check; one that comes more than an interval late (the thread
	 * was held) restarts the silence clock instead.
	 */
	private void punctuate(long now) {
		long interval = this.settings.punctuateInterval().toMillis();
		long held = now - this.lastPunctuation - interval;
		this.lastPunctuation = now;
		if (held > interval) {
			this.started = now;
			this.metrics.silenceCheckDeferred(held);
			log.debug("Silence check deferred: the stream thread was held for {} ms", held);
			return;
		}
		this.silence.punctuate(this.spacecraftStore, this.parameterStore, this.rules.current(), now, this.started);
	}

	@Override
	public void process(Record<String, byte[]> record) {
		TelemetryColumns telemetry;
		try {
			telemetry = TelemetryRecords.read(header(record, Headers.CONTENT_TYPE), record.value());
		}
		catch (RuntimeException ex) {
			this.metrics.invalidRecord();
			log.warn("Skipping an unreadable telemetry record (key {}): {}", record.key(), ex.getMessage());
			return;
		}
		long now = this.context.currentSystemTimeMs();
		String id = telemetry.spacecraftId();
		RuleBook book = this.rules.current();
		SpacecraftState spacecraft = this.spacecraftStore.get(id);
		spacecraft = (spacecraft != null) ? spacecraft : new SpacecraftState();
		TelemetryColumn[] columns = present(telemetry.columns());
		int width = columns.length;
		ParameterState[] states = new ParameterState[width];
		AppliedRules[] applied = new AppliedRules[width];
		int[] values = new int[width];
		for (int c = 0; c < width; c++) {
			String name = columns[c].name();
			states[c] = load(id, name);
			applied[c] = book.resolve(id, name);
		}
		Rule silent = book.resolve(id, RuleBook.WHOLE_SPACECRAFT).staleness();
		Sample sample = this.sample.record(id, header(record, Headers.TRACEPARENT), batchId(telemetry),
				receivedAt(telemetry, record));
		long[] times = telemetry.times();
		long[] sequences = telemetry.sequences();
		int analyzed = 0;
		for (int frame = 0; frame < times.length; frame++) {
			long time = times[frame];
			sample.frame(time);
			this.silence.arrived(spacecraft, silent, sample, now);
			long identity = identity(time, sequences[frame]);
			boolean duplicate = spacecraft.seen(identity);
			boolean late = !duplicate && time < spacecraft.lastTime;
			for (int c = 0; c < width; c++) {
				TelemetryColumn column = columns[c];
				if (!column.present(frame)) {
					continue;
				}
				int value = values[c]++;
				if (!duplicate && !late) {
					sample.set(column, value);
					this.analyzer.analyze(states[c], applied[c], sample, spacecraft, now);
					analyzed++;
				}
			}
			if (duplicate) {
				this.metrics.duplicate(id);
				continue;
			}
			spacecraft.remember(identity);
			if (late) {
				this.metrics.outOfOrder(id);
				continue;
			}
			spacecraft.lastTime = time;
			spacecraft.lastSequence = sequences[frame];
		}
		spacecraft.lastArrival = now;
		for (int c = 0; c < width; c++) {
			states[c].lastArrival = now;
			this.parameterStore.put(id + '/' + columns[c].name(), states[c]);
		}
		Observation seen = sample.observation(null, null);
		this.silence.missing(id, spacecraft, name -> contains(columns, name), this.parameterStore, book, seen, now);
		this.spacecraftStore.put(id, spacecraft);
		this.metrics.analyzed(analyzed);
		this.metrics.checked(seen.receivedAtMillis(), this.context.currentSystemTimeMs());
	}

	/** The columns that have a value in some frame, sorted by name. */
	private static TelemetryColumn[] present(List<TelemetryColumn> columns) {
		return columns.stream().filter(column -> column.count() > 0).toArray(TelemetryColumn[]::new);
	}

	/** Whether a parameter is among the record's columns (sorted by name). */
	private static boolean contains(TelemetryColumn[] columns, String name) {
		int low = 0;
		int high = columns.length - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			int order = columns[middle].name().compareTo(name);
			if (order == 0) {
				return true;
			}
			if (order < 0) {
				low = middle + 1;
			}
			else {
				high = middle - 1;
			}
		}
		return false;
	}

	private ParameterState load(String spacecraftId, String parameter) {
		ParameterState state = this.parameterStore.get(spacecraftId + '/' + parameter);
		return (state != null) ? state : new ParameterState();
	}

	/** A hash of a frame's identity (timestamp, sequence), never 0. */
	static long identity(long timeMicros, long sequence) {
		long hash = timeMicros * 0x9E3779B97F4A7C15L ^ (sequence + 0x632BE59BD9B4E019L);
		hash ^= hash >>> 29;
		return (hash != 0) ? hash : 1;
	}

	/** The batch id, or null for a v1 record that had none (read as the nil UUID). */
	private static String batchId(TelemetryColumns telemetry) {
		UUID batchId = telemetry.batchId();
		return (batchId == null || NO_BATCH.equals(batchId)) ? null : batchId.toString();
	}

	private static long receivedAt(TelemetryColumns telemetry, Record<String, byte[]> record) {
		if (telemetry.receivedAtMicros() > 0) {
			return Math.floorDiv(telemetry.receivedAtMicros(), 1_000L);
		}
		String header = header(record, Headers.RECEIVED_AT);
		try {
			return (header != null) ? java.time.Instant.parse(header).toEpochMilli() : 0;
		}
		catch (java.time.format.DateTimeParseException ex) {
			return 0;
		}
	}

	private static String header(Record<String, byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null && header.value() != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

}

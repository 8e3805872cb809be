package space.orbit.analyzer.detection;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import space.orbit.analyzer.rules.RuleBook;
import space.orbit.analyzer.rules.RuleBook.AppliedRules;
import space.orbit.messaging.Headers;
import space.orbit.telemetry.TelemetryRecord;
import space.orbit.telemetry.TelemetryRecordReader;

/**
 * The detectors over one task's spacecraft: for each telemetry record, frames that are
 * duplicates or older than the spacecraft's latest are counted and skipped; every sample
 * of the others goes through the detectors its rules turn on; state stays in the stores
 * (changelogged), so a restart resumes where it stopped. A wall-clock punctuation looks
 * for silence, unless it comes late: then this thread itself was held (a long GC pause, a
 * transaction commit retried, a starved CPU), frames may be waiting unread, and the
 * spacecraft's silence is measured again from now, as after a restart. A busy analyzer
 * delays a silence alert; it never invents one.
 */
final class DetectionProcessor implements Processor<String, byte[], String, byte[]> {

	private static final Logger log = LoggerFactory.getLogger(DetectionProcessor.class);

	private final DetectionSettings settings;

	private final DetectionMetrics metrics;

	private final AlertTracing tracing;

	private final AtomicLong rulesGeneration;

	private final AtomicLong registryGeneration;

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
		TelemetryRecord telemetry;
		try {
			telemetry = TelemetryRecordReader.read(record.value());
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
		Map<String, ParameterState> parameters = new HashMap<>();
		Observation seen = new Observation(id, null, 0, null, header(record, Headers.TRACEPARENT), telemetry.batchId(),
				receivedAt(telemetry, record));
		int analyzed = 0;
		for (TelemetryRecord.Frame frame : telemetry.frames()) {
			seen = new Observation(id, null, frame.timeMicros(), null, seen.traceparent(), seen.batchId(),
					seen.receivedAtMillis());
			this.silence.arrived(spacecraft, frame.timeMicros(), book, seen, now);
			long identity = identity(frame);
			boolean duplicate = spacecraft.seen(identity);
			boolean late = !duplicate && frame.timeMicros() < spacecraft.lastTime;
			for (Map.Entry<String, Object> sample : frame.samples().entrySet()) {
				ParameterState state = parameters.computeIfAbsent(sample.getKey(), name -> load(id, name));
				if (!duplicate && !late) {
					AppliedRules applied = book.resolve(id, sample.getKey());
					this.analyzer.analyze(state, applied, seen.forParameter(sample.getKey(), sample.getValue()),
							spacecraft, now);
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
			spacecraft.lastTime = frame.timeMicros();
			spacecraft.lastSequence = frame.sequence();
		}
		spacecraft.lastArrival = now;
		parameters.forEach((name, state) -> {
			state.lastArrival = now;
			this.parameterStore.put(id + '/' + name, state);
		});
		this.silence.missing(id, spacecraft, parameters, this.parameterStore, book, seen, now);
		this.spacecraftStore.put(id, spacecraft);
		this.metrics.analyzed(analyzed);
		this.metrics.checked(seen.receivedAtMillis(), this.context.currentSystemTimeMs());
	}

	private ParameterState load(String spacecraftId, String parameter) {
		ParameterState state = this.parameterStore.get(spacecraftId + '/' + parameter);
		return (state != null) ? state : new ParameterState();
	}

	/** A hash of a frame's identity (timestamp, sequence), never 0. */
	static long identity(TelemetryRecord.Frame frame) {
		long hash = frame.timeMicros() * 0x9E3779B97F4A7C15L ^ (frame.sequence() + 0x632BE59BD9B4E019L);
		hash ^= hash >>> 29;
		return (hash != 0) ? hash : 1;
	}

	private static long receivedAt(TelemetryRecord telemetry, Record<String, byte[]> record) {
		if (telemetry.receivedAtMillis() > 0) {
			return telemetry.receivedAtMillis();
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

package space.orbit.simulator.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.orekit.propagation.analytical.tle.TLE;
import space.orbit.simulator.fault.FaultInjector;
import space.orbit.simulator.model.Constellation;
import space.orbit.simulator.model.Noise;
import space.orbit.simulator.model.ParameterCatalog;
import space.orbit.simulator.model.SpacecraftModel;
import space.orbit.telemetry.Frame;

/**
 * The constellation's telemetry, tick by tick: at tick k every spacecraft's frame k,
 * timestamped {@code start + k / rate}, sequence k, faults applied. A pure function of
 * the settings — the wall clock plays no part — so a seed replays the same frames. Not
 * thread-safe.
 */
public final class TelemetryStream implements FrameSource {

	private final StreamSettings settings;

	private final ParameterCatalog catalog;

	private final List<SpacecraftModel> models = new ArrayList<>();

	private final List<FaultInjector> injectors = new ArrayList<>();

	private final List<String> ids = new ArrayList<>();

	private long tick;

	public TelemetryStream(StreamSettings settings) {
		this.settings = settings;
		this.catalog = ParameterCatalog.forFrame(settings.samplesPerFrame());
		List<TLE> tles = Constellation.tles(settings.spacecraft(), settings.seed(), settings.start(),
				settings.publishedOrbits());
		for (int i = 0; i < settings.spacecraft(); i++) {
			String id = Constellation.spacecraftId(i);
			this.ids.add(id);
			this.models.add(new SpacecraftModel(i, tles.get(i), settings.seed(), settings.start(), this.catalog));
			this.injectors.add(new FaultInjector(id, settings.faults().forSpacecraft(id), this.catalog));
		}
	}

	public StreamSettings settings() {
		return this.settings;
	}

	public ParameterCatalog catalog() {
		return this.catalog;
	}

	/** The model of spacecraft {@code index} (0-based), e.g. for its orbital period. */
	public SpacecraftModel model(int index) {
		return this.models.get(index);
	}

	/** The tick {@link #next()} produces next. */
	@Override
	public long tick() {
		return this.tick;
	}

	/** Simulated seconds from the start to tick {@code k}. */
	@Override
	public double secondsAt(long k) {
		return k / this.settings.rate();
	}

	/** The timestamp of tick {@code k} (microsecond precision). */
	@Override
	public Instant timeOf(long k) {
		long micros = Math.round(k * 1e6 / this.settings.rate());
		return this.settings.start().plus(Duration.ofNanos(micros * 1000));
	}

	/** The frames of the next tick, spacecraft by spacecraft. */
	public List<Frame> next() {
		long k = this.tick++;
		double seconds = secondsAt(k);
		Instant timestamp = timeOf(k);
		List<Frame> frames = new ArrayList<>(this.models.size());
		for (int i = 0; i < this.models.size(); i++) {
			SplittableRandom random = Noise.at(this.settings.seed(), i, k);
			Map<String, Object> samples = this.models.get(i).samplesAt(seconds, random);
			frames.addAll(this.injectors.get(i).apply(k, timestamp, seconds, samples, random));
		}
		return frames;
	}

	@Override
	public int next(FrameSink sink) {
		List<Frame> frames = next();
		frames.forEach(sink::frame);
		return frames.size();
	}

	/** How many spacecraft, ORB-1..ORB-n. */
	public int spacecraft() {
		return this.models.size();
	}

	/** The id of spacecraft {@code index} (0-based). */
	public String spacecraftId(int index) {
		return this.ids.get(index);
	}

	/** The fault injector of spacecraft {@code index} (0-based). */
	public FaultInjector injector(int index) {
		return this.injectors.get(index);
	}

	/**
	 * The nominal samples of spacecraft {@code index} at tick {@code k}, before faults:
	 * what {@link #next()} starts from at that tick, drawn from {@code random}, which
	 * must be {@code Noise.at(seed, index, k)}. Leaves the stream's tick alone.
	 */
	public Map<String, Object> nominalSamples(int index, long k, SplittableRandom random) {
		return this.models.get(index).samplesAt(secondsAt(k), random);
	}

	/** Every frame of the next {@code span} of simulated time. */
	public List<Frame> take(Duration span) {
		long ticks = Math.round(span.toNanos() / 1e9 * this.settings.rate());
		List<Frame> frames = new ArrayList<>();
		for (long i = 0; i < ticks; i++) {
			frames.addAll(next());
		}
		return frames;
	}

}

package space.orbit.simulator.stream;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import space.orbit.simulator.fault.FaultInjector;
import space.orbit.simulator.model.Noise;
import space.orbit.telemetry.Frame;
import space.orbit.telemetry.TelemetryCodec;

/**
 * A load generator that costs little per frame (issue 19: at 600,000 samples/s the
 * models, SGP4 and JSON writing alone would take most of a core the system under test
 * needs). The first {@code cycle} of simulated time is modelled as usual and each frame's
 * samples kept as the JSON {@code TelemetryCodec} writes; after it the cycle's samples
 * are sent again, backward then forward in turn, so every value stays continuous at the
 * turns (no rate or stuck alert from the replay itself), under new timestamps and
 * sequences that keep rising. Faults still act at their times: a frame a fault touches
 * has its samples read back from the JSON and goes through the spacecraft's
 * {@link FaultInjector}, exactly as a modelled one. Until the first turn the frames are
 * those of a {@link TelemetryStream} with the same settings. Not thread-safe.
 */
public final class ReplayStream implements FrameSource {

	/** Frames a cycle may hold (about 1.6 KB each). */
	static final long MAX_FRAMES = 200_000;

	private static final JsonMapper SAMPLES = JsonMapper.builder()
		.enable(DeserializationFeature.USE_LONG_FOR_INTS)
		.build();

	private final TelemetryStream base;

	private final long seed;

	private final int cycleTicks;

	private final byte[][][] samplesJson;

	private final int[][] sampleCounts;

	private long tick;

	public ReplayStream(TelemetryStream base, Duration cycle) {
		this.base = base;
		this.seed = base.settings().seed();
		long ticks = Math.max(2, Math.round(cycle.toNanos() / 1e9 * base.settings().rate()));
		if (ticks * base.spacecraft() > MAX_FRAMES) {
			throw new IllegalArgumentException("a replay cycle of " + cycle + " holds " + ticks * base.spacecraft()
					+ " frames at " + base.settings().rate() + " frames/s for " + base.spacecraft()
					+ " spacecraft, more than " + MAX_FRAMES + ": shorten --replay-cycle");
		}
		this.cycleTicks = (int) ticks;
		this.samplesJson = new byte[this.cycleTicks][][];
		this.sampleCounts = new int[this.cycleTicks][];
	}

	/** Ticks in a cycle, the first modelled, then replayed. */
	public int cycleTicks() {
		return this.cycleTicks;
	}

	@Override
	public long tick() {
		return this.tick;
	}

	@Override
	public double secondsAt(long k) {
		return this.base.secondsAt(k);
	}

	@Override
	public Instant timeOf(long k) {
		return this.base.timeOf(k);
	}

	@Override
	public int next(FrameSink sink) {
		long k = this.tick++;
		double seconds = secondsAt(k);
		Instant timestamp = timeOf(k);
		int t = templateTick(k);
		boolean modelled = k < this.cycleTicks;
		if (modelled) {
			this.samplesJson[t] = new byte[this.base.spacecraft()][];
			this.sampleCounts[t] = new int[this.base.spacecraft()];
		}
		int frames = 0;
		for (int i = 0; i < this.base.spacecraft(); i++) {
			SplittableRandom random = Noise.at(this.seed, i, k);
			FaultInjector injector = this.base.injector(i);
			Map<String, Object> samples = null;
			if (modelled) {
				samples = this.base.nominalSamples(i, k, random);
				this.samplesJson[t][i] = json(samples);
				this.sampleCounts[t][i] = samples.size();
			}
			if (injector.quietAt(seconds)) {
				sink.encoded(this.base.spacecraftId(i), timestamp, k, this.samplesJson[t][i], this.sampleCounts[t][i]);
				frames++;
				continue;
			}
			if (samples == null) {
				samples = parse(this.samplesJson[t][i]);
			}
			List<Frame> faulted = injector.apply(k, timestamp, seconds, samples, random);
			faulted.forEach(sink::frame);
			frames += faulted.size();
		}
		return frames;
	}

	/**
	 * The tick of the first cycle whose samples tick {@code k} sends: forward in even
	 * cycles, backward in odd ones.
	 */
	int templateTick(long k) {
		long cycle = k / this.cycleTicks;
		int position = (int) (k % this.cycleTicks);
		return (cycle % 2 == 0) ? position : this.cycleTicks - 1 - position;
	}

	private static byte[] json(Map<String, Object> samples) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 + samples.size() * 40);
		try (JsonGenerator json = TelemetryCodec.generator(out)) {
			TelemetryCodec.writeSamples(json, samples);
		}
		return out.toByteArray();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> parse(byte[] json) {
		return SAMPLES.readValue(json, LinkedHashMap.class);
	}

}

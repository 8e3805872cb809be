package space.orbit.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import space.orbit.simulator.fault.FaultSchedule;
import space.orbit.simulator.model.ParameterCatalog;
import space.orbit.simulator.stream.StreamSettings;
import space.orbit.simulator.stream.TelemetryStream;
import space.orbit.telemetry.Frame;

/** Test fixtures: streams from a fixed start and seed, and ways to slice their frames. */
public final class Streams {

	/** The simulated start every test uses. */
	public static final Instant START = Instant.parse("2026-11-21T10:00:00Z");

	public static final long SEED = 42;

	private Streams() {
	}

	/**
	 * A stream of {@code spacecraft} spacecraft at {@code rate} frames/s with these
	 * faults.
	 */
	public static TelemetryStream stream(int spacecraft, double rate, String... faults) {
		FaultSchedule schedule = FaultSchedule.parse(List.of(faults), spacecraft, ParameterCatalog.MODELLED);
		return new TelemetryStream(StreamSettings.nominal(SEED, spacecraft, rate, START).withFaults(schedule));
	}

	/** {@code span} of frames from 3 spacecraft at 1 frame/s with these faults. */
	public static List<Frame> frames(Duration span, String... faults) {
		return stream(3, 1, faults).take(span);
	}

	public static List<Frame> of(List<Frame> frames, String spacecraftId) {
		return frames.stream().filter((f) -> f.spacecraftId().equals(spacecraftId)).toList();
	}

	/**
	 * The frames of one spacecraft with sequence (= second, at 1 frame/s) in [from, to).
	 */
	public static List<Frame> window(List<Frame> frames, String spacecraftId, long from, long to) {
		return of(frames, spacecraftId).stream().filter((f) -> f.sequence() >= from && f.sequence() < to).toList();
	}

	/** The values of one parameter in these frames, as doubles. */
	public static List<Double> values(List<Frame> frames, String parameter) {
		return frames.stream().map((f) -> ((Number) f.samples().get(parameter)).doubleValue()).toList();
	}

	public static double seconds(Duration duration) {
		return duration.toNanos() / 1e9;
	}

}

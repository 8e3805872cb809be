package space.orbit.simulator.fault;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import space.orbit.simulator.model.ParameterCatalog;
import space.orbit.simulator.model.ParameterSpec;
import space.orbit.telemetry.Frame;

/**
 * Applies one spacecraft's faults to its nominal samples, tick by tick: the sensor or
 * link misbehaves, the models underneath do not. Not thread-safe; ticks must rise.
 */
public final class FaultInjector {

	private final String spacecraftId;

	private final List<Active> faults = new ArrayList<>();

	public FaultInjector(String spacecraftId, List<FaultSpec> faults, ParameterCatalog catalog) {
		this.spacecraftId = spacecraftId;
		for (FaultSpec fault : faults) {
			ParameterSpec parameter = (fault.parameter() != null) ? catalog.find(fault.parameter()).orElseThrow()
					: null;
			this.faults.add(new Active(fault, parameter));
		}
	}

	/**
	 * The frames to send for one tick: none (silent), one, or two identical ones
	 * (duplicate).
	 * @param samples the nominal samples, changed in place
	 * @param random draws for fault noise, after the sensor noise
	 */
	public List<Frame> apply(long sequence, Instant timestamp, double seconds, Map<String, Object> samples,
			SplittableRandom random) {
		boolean silent = false;
		boolean duplicate = false;
		Instant time = timestamp;
		for (Active active : this.faults) {
			FaultSpec fault = active.spec;
			boolean on = active.on(seconds);
			String name = fault.parameter();
			if (!on || (name != null && !samples.containsKey(name))) {
				continue; // off, or its parameter already dropped by another fault
			}
			ParameterSpec spec = active.parameter;
			switch (fault.type()) {
				case STUCK -> {
					active.stuck = (active.stuck != null) ? active.stuck : samples.get(name);
					samples.put(name, active.stuck);
				}
				case DRIFT -> ramp(samples, spec, active, seconds, spec.betweenWarningAndCritical(), random);
				case UNDERVOLTAGE -> ramp(samples, spec, active, seconds,
						spec.criticalLow() - (spec.warningLow() - spec.criticalLow()) / 2, random);
				case OVERSPEED -> ramp(samples, spec, active, seconds,
						Math.signum(value(samples, name) + 0.5) * spec.criticalHigh() * 1.1, random);
				case SPIKE -> {
					samples.put(name, spec.quantize(spec.beyondCritical()));
					active.fired = true;
				}
				case DROPOUT -> samples.remove(name);
				case NOISE ->
					samples.put(name, spec.quantize(value(samples, name) + burstSigma(spec) * random.nextGaussian()));
				case SILENT -> silent = true;
				case CLOCK -> time = time.minus(FaultType.CLOCK_JUMP);
				case DUPLICATE -> duplicate = true;
			}
		}
		if (silent) {
			return List.of();
		}
		Frame frame = new Frame(this.spacecraftId, time, sequence, samples);
		return duplicate ? List.of(frame, frame) : List.of(frame);
	}

	/**
	 * True when no fault touches a frame at {@code seconds}: {@link #apply} would send
	 * the nominal samples unchanged, as one frame.
	 */
	public boolean quietAt(double seconds) {
		for (Active active : this.faults) {
			if (active.on(seconds)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The standard deviation of a noise burst: ten times the sensor's, at least 1 % of
	 * the span.
	 */
	public static double burstSigma(ParameterSpec spec) {
		return Math.max(10 * spec.noise(), 0.01 * (spec.nominalMax() - spec.nominalMin()));
	}

	private static void ramp(Map<String, Object> samples, ParameterSpec spec, Active active, double seconds,
			double target, SplittableRandom random) {
		if (active.target == null) {
			active.target = target;
		}
		double ramp = active.spec.ramp().toNanos() / 1e9;
		double w = Math.clamp((seconds - active.spec.startSeconds()) / ramp, 0, 1);
		double nominal = value(samples, spec.name());
		double noise = Math.max(spec.noise(), 1e-3) * random.nextGaussian();
		samples.put(spec.name(), spec.quantize(nominal + w * (active.target + noise - nominal)));
	}

	private static double value(Map<String, Object> samples, String name) {
		return ((Number) samples.get(name)).doubleValue();
	}

	/**
	 * A fault and what it remembers: the stuck value, the ramp target, whether a spike
	 * fired.
	 */
	private static final class Active {

		private final FaultSpec spec;

		private final ParameterSpec parameter;

		private Object stuck;

		private Double target;

		private boolean fired;

		Active(FaultSpec spec, ParameterSpec parameter) {
			this.spec = spec;
			this.parameter = parameter;
		}

		/** Whether the fault acts at {@code seconds}: a spike once, at its start. */
		boolean on(double seconds) {
			return (this.spec.type() == FaultType.SPIKE) ? !this.fired && seconds >= this.spec.startSeconds()
					: this.spec.activeAt(seconds);
		}

	}

}

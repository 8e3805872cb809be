package space.orbit.simulator.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.orekit.propagation.analytical.tle.TLE;

/**
 * One simulated spacecraft: orbit, power, thermal and attitude models stepped together in
 * simulated time, read out as the catalog's parameters with sensor noise. Before the
 * start it runs three orbits unseen, so batteries and temperatures begin in their
 * periodic state. Deterministic for (seed, index, start, step); not thread-safe; times
 * must rise.
 */
public final class SpacecraftModel {

	private final long seed;

	private final int index;

	private final OrbitModel orbit;

	private final ParameterCatalog catalog;

	private final PowerModel power = new PowerModel(0.9);

	private final ThermalModel thermal = new ThermalModel();

	private final AttitudeModel attitude;

	private final double targetLatitude;

	private final double bootSeconds;

	private final double[] aux = new double[8];

	private double time = Double.NaN;

	private OrbitState state;

	private boolean imaging;

	private double cpuLoad;

	private double loadPower;

	private long errorCount;

	private double txPackets;

	public SpacecraftModel(int index, TLE tle, long seed, Instant start, ParameterCatalog catalog) {
		this.seed = seed;
		this.index = index;
		this.orbit = new OrbitModel(tle, start);
		this.catalog = catalog;
		SplittableRandom random = Noise.at(seed, index, -1);
		this.attitude = new AttitudeModel(random, this.orbit.periodSeconds());
		this.targetLatitude = -45 + random.nextDouble() * 90;
		this.bootSeconds = 86_400 * (2 + random.nextDouble() * 38);
		this.errorCount = random.nextInt(20);
		this.txPackets = 100_000 + random.nextInt(900_000);
		for (int i = 0; i < this.aux.length; i++) {
			this.aux[i] = 0.3 + random.nextDouble() * 0.4;
		}
		for (double t = -3 * this.orbit.periodSeconds(); t < 0; t += 10) {
			advance(t);
		}
	}

	public OrbitModel orbit() {
		return this.orbit;
	}

	/**
	 * Advances to {@code seconds} after the start and reads every parameter, with noise
	 * drawn from {@code noise}.
	 */
	public Map<String, Object> samplesAt(double seconds, SplittableRandom noise) {
		advance(seconds);
		Map<String, Object> samples = new LinkedHashMap<>(this.catalog.size() * 2);
		for (ParameterSpec spec : this.catalog.parameters()) {
			Object truth = truth(spec.name());
			Object value = switch (spec.kind()) {
				case NUMBER -> spec.quantize(measured(spec, (Double) truth, noise));
				case COUNTER, BOOLEAN, STRING -> truth;
			};
			samples.put(spec.name(), value);
		}
		return samples;
	}

	/**
	 * Truth plus noise; quantities that cannot be negative (currents, powers, SoC) stay
	 * so.
	 */
	private static double measured(ParameterSpec spec, double truth, SplittableRandom noise) {
		double value = truth + ((spec.noise() > 0) ? spec.noise() * noise.nextGaussian() : 0);
		if (spec.nominalMin() == 0 && spec.noise() > 0) {
			value = Math.max(0, value);
		}
		return spec.name().equals("EPS.BATTERY.SOC") ? Math.min(value, 100) : value;
	}

	private void advance(double t) {
		double dt = Double.isNaN(this.time) ? 0 : t - this.time;
		double previous = Double.isNaN(this.time) ? t : this.time;
		this.time = t;
		this.state = this.orbit.at(t);
		this.imaging = !this.state.eclipse() && Math.abs(this.state.latitudeDeg() - this.targetLatitude) < 6;
		this.cpuLoad = 22 + (this.imaging ? 15 : 0) + (this.state.contact() ? 8 : 0);
		this.loadPower = 110 + (this.imaging ? 45 : 8) + (this.thermal.heater() ? 12 : 0)
				+ (this.state.contact() ? 25 : 0);
		this.power.step(dt, this.state.arrayIllumination(), this.thermal.panel(), this.loadPower);
		this.thermal.step(dt, this.state.arrayIllumination(), this.cpuLoad, this.imaging, this.power.batteryCurrent());
		this.attitude.step(dt, t, this.imaging);
		for (long minute = (long) Math.floor(previous / 60) + 1; minute <= Math.floor(t / 60); minute++) {
			if (Math.floorMod(Noise.mix(this.seed, this.index, minute), 60) == 0) {
				this.errorCount++;
			}
		}
		this.txPackets += this.state.contact() ? 50 * dt : 0;
	}

	private Object truth(String name) {
		OrbitState s = this.state;
		return switch (name) {
			case "ORBIT.POSITION.X" -> s.position().getX();
			case "ORBIT.POSITION.Y" -> s.position().getY();
			case "ORBIT.POSITION.Z" -> s.position().getZ();
			case "ORBIT.VELOCITY" -> s.velocity().getNorm();
			case "ORBIT.ALTITUDE" -> s.altitudeKm();
			case "ORBIT.LATITUDE" -> s.latitudeDeg();
			case "ORBIT.LONGITUDE" -> s.longitudeDeg();
			case "ORBIT.ECLIPSE" -> s.eclipse();
			case "EPS.SA.CURRENT" -> this.power.arrayCurrent();
			case "EPS.SA.VOLTAGE" -> this.power.arrayVoltage();
			case "EPS.BATTERY.VOLTAGE" -> this.power.batteryVoltage();
			case "EPS.BATTERY.CURRENT" -> this.power.batteryCurrent();
			case "EPS.BATTERY.SOC" -> 100 * this.power.soc();
			case "EPS.BATTERY.TEMP" -> this.thermal.battery();
			case "EPS.BATTERY.HEATER" -> this.thermal.heater();
			case "EPS.BUS.VOLTAGE" -> PowerModel.BUS_VOLTAGE;
			case "EPS.LOAD.POWER" -> this.loadPower;
			case "EPS.CHARGE.MODE" -> this.power.chargeMode();
			case "THERMAL.PANEL.TEMP" -> this.thermal.panel();
			case "THERMAL.STRUCTURE.TEMP" -> this.thermal.structure();
			case "THERMAL.RADIATOR.TEMP" -> this.thermal.radiator();
			case "THERMAL.OBC.TEMP" -> this.thermal.obc();
			case "THERMAL.PAYLOAD.TEMP" -> this.thermal.payload();
			case "AOCS.MODE" -> this.imaging ? "FINE_POINT" : "NADIR";
			case "AOCS.RW1.SPEED", "AOCS.RW2.SPEED", "AOCS.RW3.SPEED", "AOCS.RW4.SPEED" ->
				this.attitude.wheelSpeed(name.charAt(7) - '1');
			case "AOCS.ATT.ROLL.ERROR" -> this.attitude.pointingError(0);
			case "AOCS.ATT.PITCH.ERROR" -> this.attitude.pointingError(1);
			case "AOCS.ATT.YAW.ERROR" -> this.attitude.pointingError(2);
			case "AOCS.RATE.ROLL" -> this.attitude.bodyRate(0);
			case "AOCS.RATE.PITCH" -> this.attitude.bodyRate(1);
			case "AOCS.RATE.YAW" -> this.attitude.bodyRate(2);
			case "OBC.MODE" -> "NOMINAL";
			case "OBC.UPTIME" -> (long) (this.bootSeconds + this.time);
			case "OBC.CPU.LOAD" -> this.cpuLoad;
			case "OBC.ERROR.COUNT" -> this.errorCount;
			case "COMMS.MODE" -> this.state.contact() ? "DOWNLINK" : "IDLE";
			case "COMMS.TX.PACKETS" -> (long) this.txPackets;
			case "PAYLOAD.MODE" -> this.imaging ? "IMAGING" : "STANDBY";
			case "PAYLOAD.POWER" -> this.imaging ? 45.0 : 8.0;
			default -> this.aux[Math.floorMod(name.hashCode(), this.aux.length)];
		};
	}

}

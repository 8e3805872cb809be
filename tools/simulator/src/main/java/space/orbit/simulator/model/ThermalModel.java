package space.orbit.simulator.model;

/**
 * Temperatures as first-order lags towards the equilibrium of the moment, so they lag the
 * eclipse: the solar panel (time constant 10 min) cools all through the eclipse and is
 * coldest as it ends; the structure (40 min), radiator, computer, payload and battery
 * follow. The battery heater is a thermostat (on below 10 °C, off above 14 °C).
 */
final class ThermalModel {

	private double panel = 20;

	private double structure = 15;

	private double radiator = -20;

	private double obc = 25;

	private double payload = 18;

	private double battery = 15;

	private boolean heater;

	void step(double dt, double illumination, double cpuLoad, boolean imaging, double batteryCurrent) {
		boolean sunlit = illumination > 0;
		this.panel = lag(this.panel, sunlit ? 15 + 70 * illumination : -75, 600, dt);
		this.structure = lag(this.structure, sunlit ? 28 : 2, 2400, dt);
		this.radiator = lag(this.radiator, sunlit ? -8 : -38, 900, dt);
		this.obc = lag(this.obc, this.structure + 5 + 0.15 * cpuLoad, 1200, dt);
		this.payload = lag(this.payload, this.structure + (imaging ? 20 : 3), 600, dt);
		double heating = (this.heater ? 10 : 0) + 0.4 * Math.abs(batteryCurrent);
		this.battery = lag(this.battery, 0.5 * this.structure + 8 + heating, 3000, dt);
		if (this.battery < 10) {
			this.heater = true;
		}
		else if (this.battery > 14) {
			this.heater = false;
		}
	}

	private static double lag(double value, double equilibrium, double tauSeconds, double dt) {
		return value + (equilibrium - value) * (1 - Math.exp(-dt / tauSeconds));
	}

	double panel() {
		return this.panel;
	}

	double structure() {
		return this.structure;
	}

	double radiator() {
		return this.radiator;
	}

	double obc() {
		return this.obc;
	}

	double payload() {
		return this.payload;
	}

	double battery() {
		return this.battery;
	}

	boolean heater() {
		return this.heater;
	}

}

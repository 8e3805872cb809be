package space.orbit.simulator.model;

/**
 * Solar array, Li-ion battery and 28 V bus. In sun the array carries the load and charges
 * the battery (constant current up to 95 % state of charge, then constant voltage
 * tapering to a trickle, the surplus shunted); in eclipse the battery carries the load.
 * Battery voltage is the open-circuit voltage of the state of charge plus I·R.
 */
final class PowerModel {

	static final double BUS_VOLTAGE = 28.0;

	static final double CAPACITY_AH = 12.0;

	private static final double MAX_CHARGE_A = 4.0;

	private static final double ARRAY_A = 10.0;

	private static final double RESISTANCE_OHM = 0.06;

	private double soc;

	private double arrayCurrent;

	private double arrayVoltage;

	private double batteryCurrent;

	private String chargeMode = "DISCHARGE";

	PowerModel(double soc) {
		this.soc = soc;
	}

	/**
	 * Advances by {@code dt} seconds.
	 * @param illumination flux on the array relative to 1 AU, 0 in eclipse
	 * @param panelTemp solar panel temperature, °C (hot cells give less)
	 * @param loadW power drawn from the bus
	 */
	void step(double dt, double illumination, double panelTemp, double loadW) {
		double load = loadW / BUS_VOLTAGE;
		if (illumination > 0) {
			double available = ARRAY_A * illumination * (1 - 0.0035 * (panelTemp - 28));
			double limit = (this.soc < 0.95) ? MAX_CHARGE_A : Math.max(0.05, MAX_CHARGE_A * (1 - this.soc) / 0.05);
			this.arrayCurrent = Math.min(available, load + limit);
			this.batteryCurrent = this.arrayCurrent - load;
			this.arrayVoltage = 32.0 - 0.03 * (panelTemp - 28);
		}
		else {
			this.arrayCurrent = 0;
			this.batteryCurrent = -load;
			this.arrayVoltage = 0.3;
		}
		this.soc = Math.clamp(this.soc + this.batteryCurrent * dt / 3600 / CAPACITY_AH, 0, 1);
		this.chargeMode = (this.batteryCurrent < 0) ? "DISCHARGE"
				: (this.soc < 0.95) ? "CC" : (this.soc < 0.995) ? "CV" : "TRICKLE";
	}

	double soc() {
		return this.soc;
	}

	double arrayCurrent() {
		return this.arrayCurrent;
	}

	double arrayVoltage() {
		return this.arrayVoltage;
	}

	double batteryCurrent() {
		return this.batteryCurrent;
	}

	double batteryVoltage() {
		return 24.4 + 4.4 * this.soc + this.batteryCurrent * RESISTANCE_OHM;
	}

	String chargeMode() {
		return this.chargeMode;
	}

}

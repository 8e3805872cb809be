package space.orbit.simulator.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import space.orbit.simulator.model.ParameterSpec.Kind;

/**
 * Every parameter a simulated spacecraft sends, with its nominal range and the warning
 * and critical limits an analyzer should apply (the README's table is this list). A frame
 * carries the {@link #MODELLED} parameters, cut or padded with {@code AUX.CHnnn.VALUE}
 * noise channels to a chosen size.
 */
public final class ParameterCatalog {

	/** The 42 parameters the models compute, in frame order. */
	public static final ParameterCatalog MODELLED = new ParameterCatalog(List.of(
			number("ORBIT.POSITION.X", "km", -7200, 7200, 0, 3, "TEME x, SGP4"),
			number("ORBIT.POSITION.Y", "km", -7200, 7200, 0, 3, "TEME y, SGP4"),
			number("ORBIT.POSITION.Z", "km", -7200, 7200, 0, 3, "TEME z, SGP4"),
			number("ORBIT.VELOCITY", "km/s", 7.4, 7.8, 0, 4, "speed, SGP4"),
			limited("ORBIT.ALTITUDE", "km", 380, 660, 0, 3, "height above the ellipsoid", 350.0, null, 300.0, null),
			number("ORBIT.LATITUDE", "deg", -90, 90, 0, 4, "geodetic latitude"),
			number("ORBIT.LONGITUDE", "deg", -180, 180, 0, 4, "longitude east (GMST)"),
			flag("ORBIT.ECLIPSE", "in the Earth's shadow (cylindrical)"),
			limited("EPS.SA.CURRENT", "A", 0, 10.5, 0.02, 3, "solar array current: load + charge, 0 in eclipse", null,
					11.0, null, 12.0),
			limited("EPS.SA.VOLTAGE", "V", 0, 36, 0.05, 2, "solar array voltage, falls as the panel warms", null, 37.0,
					null, 38.0),
			limited("EPS.BATTERY.VOLTAGE", "V", 27.0, 29.2, 0.01, 3, "open-circuit voltage of the SoC + I·R", 26.5,
					29.4, 25.5, 29.8),
			limited("EPS.BATTERY.CURRENT", "A", -6.5, 4.5, 0.02, 3, "+ charging in sun, - discharging in eclipse", -7.0,
					5.0, -8.0, 6.0),
			limited("EPS.BATTERY.SOC", "%", 70, 100, 0.05, 2, "state of charge: rises in sun, falls in eclipse", 50.0,
					null, 30.0, null),
			limited("EPS.BATTERY.TEMP", "degC", 8, 25, 0.05, 2, "battery temperature, heater-controlled", 3.0, 35.0,
					0.0, 45.0),
			flag("EPS.BATTERY.HEATER", "battery heater on (below 10 °C, off above 14 °C)"),
			limited("EPS.BUS.VOLTAGE", "V", 27.8, 28.2, 0.03, 3, "regulated 28 V bus", 27.5, 28.5, 27.0, 29.0),
			limited("EPS.LOAD.POWER", "W", 100, 210, 0.5, 1, "platform + payload + heater + transmitter", null, 230.0,
					null, 260.0),
			text("EPS.CHARGE.MODE", "CC, CV, TRICKLE in sun; DISCHARGE in eclipse"),
			limited("THERMAL.PANEL.TEMP", "degC", -75, 90, 0.2, 2, "solar panel, lags the eclipse (tau 10 min)", -85.0,
					100.0, -95.0, 110.0),
			limited("THERMAL.STRUCTURE.TEMP", "degC", 0, 30, 0.05, 2, "structure (tau 40 min)", -10.0, 40.0, -20.0,
					50.0),
			limited("THERMAL.RADIATOR.TEMP", "degC", -40, 0, 0.1, 2, "radiator (tau 15 min)", -50.0, 10.0, -60.0, 20.0),
			limited("THERMAL.OBC.TEMP", "degC", 10, 40, 0.05, 2, "on-board computer, follows CPU load", 0.0, 50.0,
					-10.0, 60.0),
			limited("THERMAL.PAYLOAD.TEMP", "degC", 5, 45, 0.1, 2, "payload, warms while imaging", -5.0, 50.0, -15.0,
					60.0),
			text("AOCS.MODE", "NADIR, or FINE_POINT while imaging"), wheel(1), wheel(2), wheel(3), wheel(4),
			attitude("AOCS.ATT.ROLL.ERROR", "deg", 0.01, 4, "roll pointing error"),
			attitude("AOCS.ATT.PITCH.ERROR", "deg", 0.01, 4, "pitch pointing error"),
			attitude("AOCS.ATT.YAW.ERROR", "deg", 0.01, 4, "yaw pointing error"),
			attitude("AOCS.RATE.ROLL", "deg/s", 0.0005, 5, "body rate about x"),
			attitude("AOCS.RATE.PITCH", "deg/s", 0.0005, 5, "body rate about y: minus the orbit rate"),
			attitude("AOCS.RATE.YAW", "deg/s", 0.0005, 5, "body rate about z"), text("OBC.MODE", "NOMINAL"),
			counter("OBC.UPTIME", "s", "seconds since the last boot"),
			limited("OBC.CPU.LOAD", "%", 10, 60, 1.5, 1, "CPU load, higher while imaging or downlinking", null, 85.0,
					null, 95.0),
			counter("OBC.ERROR.COUNT", "-", "corrected memory errors (about one an hour)"),
			text("COMMS.MODE", "DOWNLINK over a ground station (Svalbard, Kiruna, Malindi), else IDLE"),
			counter("COMMS.TX.PACKETS", "-", "packets sent, 50/s while downlinking"),
			text("PAYLOAD.MODE", "IMAGING over the spacecraft's target latitude in sun, else STANDBY"),
			limited("PAYLOAD.POWER", "W", 0, 50, 0.3, 2, "8 W standby, 45 W imaging", null, 55.0, null, 60.0)));

	private final List<ParameterSpec> parameters;

	private final Map<String, ParameterSpec> byName = new LinkedHashMap<>();

	private ParameterCatalog(List<ParameterSpec> parameters) {
		this.parameters = List.copyOf(parameters);
		this.parameters.forEach((p) -> this.byName.put(p.name(), p));
	}

	/**
	 * The parameters of a frame of {@code samples} samples: 0 means the modelled set;
	 * fewer cut it, more add noise channels {@code AUX.CH001.VALUE}...
	 */
	public static ParameterCatalog forFrame(int samples) {
		List<ParameterSpec> all = MODELLED.parameters;
		if (samples <= 0 || samples == all.size()) {
			return MODELLED;
		}
		if (samples < all.size()) {
			return new ParameterCatalog(all.subList(0, samples));
		}
		List<ParameterSpec> padded = new ArrayList<>(all);
		for (int i = 1; padded.size() < samples; i++) {
			padded.add(number("AUX.CH%03d.VALUE".formatted(i), "-", 0, 1, 0.01, 4, "auxiliary channel: noise"));
		}
		return new ParameterCatalog(padded);
	}

	public List<ParameterSpec> parameters() {
		return this.parameters;
	}

	public int size() {
		return this.parameters.size();
	}

	public Optional<ParameterSpec> find(String name) {
		return Optional.ofNullable(this.byName.get(name));
	}

	private static ParameterSpec number(String name, String unit, double min, double max, double noise, int decimals,
			String description) {
		return limited(name, unit, min, max, noise, decimals, description, null, null, null, null);
	}

	private static ParameterSpec limited(String name, String unit, double min, double max, double noise, int decimals,
			String description, Double warningLow, Double warningHigh, Double criticalLow, Double criticalHigh) {
		return new ParameterSpec(name, unit, Kind.NUMBER, min, max, warningLow, warningHigh, criticalLow, criticalHigh,
				noise, decimals, description);
	}

	private static ParameterSpec wheel(int n) {
		return limited("AOCS.RW" + n + ".SPEED", "rpm", -3500, 3500, 2, 1,
				"reaction wheel " + n + ": bias + orbital momentum cycle + slews", -5000.0, 5000.0, -6000.0, 6000.0);
	}

	private static ParameterSpec attitude(String name, String unit, double noise, int decimals, String description) {
		return limited(name, unit, -0.1, 0.1, noise, decimals, description, -0.5, 0.5, -1.0, 1.0);
	}

	private static ParameterSpec counter(String name, String unit, String description) {
		return new ParameterSpec(name, unit, Kind.COUNTER, null, null, null, null, null, null, 0, 0, description);
	}

	private static ParameterSpec flag(String name, String description) {
		return new ParameterSpec(name, "-", Kind.BOOLEAN, null, null, null, null, null, null, 0, 0, description);
	}

	private static ParameterSpec text(String name, String description) {
		return new ParameterSpec(name, "-", Kind.STRING, null, null, null, null, null, null, 0, 0, description);
	}

}

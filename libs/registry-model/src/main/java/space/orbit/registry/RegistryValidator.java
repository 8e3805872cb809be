package space.orbit.registry;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists everything wrong with a registry record, each with a JSON pointer into the
 * record's JSON form; an empty list means valid. Rules: mission ids
 * {@code [A-Z0-9][A-Z0-9._-]{0,63}}; spacecraft ids and parameter names as telemetry
 * frames allow them; names and subsystems required, texts bounded; TLEs of two
 * 69-character lines with valid checksums; calibrations and limits only on numeric
 * parameters, polynomials of 1 to 8 finite coefficients, lookup tables of at least 2
 * finite points with strictly increasing raw values; limits finite and ordered, their
 * hysteresis (optional) zero or positive.
 */
public final class RegistryValidator {

	/** The longest display name, subsystem or unit. */
	public static final int MAX_SHORT_TEXT = 128;

	/** The longest description. */
	public static final int MAX_DESCRIPTION = 2_000;

	private RegistryValidator() {
	}

	/** What is wrong with any registry record. */
	public static List<RegistryViolation> validate(RegistryRecord record) {
		return switch (record) {
			case Mission mission -> validate(mission);
			case Spacecraft spacecraft -> validate(spacecraft);
			case ParameterDefinition parameter -> validate(parameter);
		};
	}

	public static List<RegistryViolation> validate(Mission mission) {
		List<RegistryViolation> violations = new ArrayList<>();
		missionId(violations, "/id", mission.id());
		text(violations, "/name", mission.name(), true, MAX_SHORT_TEXT);
		text(violations, "/description", mission.description(), false, MAX_DESCRIPTION);
		return violations;
	}

	public static List<RegistryViolation> validate(Spacecraft spacecraft) {
		List<RegistryViolation> violations = new ArrayList<>();
		if (spacecraft.id() == null || !Names.isSpacecraftId(spacecraft.id())) {
			violations.add(new RegistryViolation("/id",
					"A spacecraft id is a letter or digit followed by letters, digits, _ - . or :, at most "
							+ Names.MAX_NAME_LENGTH + " characters, such as ORB-1."));
		}
		missionId(violations, "/missionId", spacecraft.missionId());
		text(violations, "/name", spacecraft.name(), true, MAX_SHORT_TEXT);
		if (spacecraft.noradId() != null && (spacecraft.noradId() < 1 || spacecraft.noradId() > 999_999_999)) {
			violations.add(new RegistryViolation("/noradId", "A NORAD catalogue number lies in 1..999999999."));
		}
		if (spacecraft.tle() != null) {
			Tles.validate(violations, "/tle", spacecraft.tle(), spacecraft.noradId());
		}
		return violations;
	}

	public static List<RegistryViolation> validate(ParameterDefinition parameter) {
		List<RegistryViolation> violations = new ArrayList<>();
		missionId(violations, "/missionId", parameter.missionId());
		if (parameter.name() == null || !Names.isParameterName(parameter.name())) {
			violations.add(new RegistryViolation("/name",
					"A parameter name is dot-separated segments of letters, digits and _, not starting with a digit, at most "
							+ Names.MAX_NAME_LENGTH + " characters, such as EPS.BATTERY.VOLTAGE."));
		}
		text(violations, "/subsystem", parameter.subsystem(), true, MAX_SHORT_TEXT);
		text(violations, "/description", parameter.description(), false, MAX_DESCRIPTION);
		text(violations, "/unit", parameter.unit(), false, MAX_SHORT_TEXT);
		if (parameter.rawType() == null) {
			violations.add(new RegistryViolation("/rawType",
					"The raw type is required: FLOAT, INTEGER, BOOLEAN, STRING or ENUM."));
		}
		boolean numeric = parameter.rawType() == null || parameter.rawType().numeric();
		if (parameter.calibration() != null) {
			if (!numeric) {
				violations
					.add(new RegistryViolation("/calibration", "Only FLOAT and INTEGER parameters are calibrated."));
			}
			Calibrations.validate(violations, "/calibration", parameter.calibration());
		}
		if (parameter.limits() != null) {
			if (!numeric) {
				violations.add(new RegistryViolation("/limits", "Only FLOAT and INTEGER parameters have limits."));
			}
			validateLimits(violations, "/limits", parameter.limits());
		}
		return violations;
	}

	/** What is wrong with a calibration, pointers under {@code pointer}. */
	public static List<RegistryViolation> validate(Calibration calibration, String pointer) {
		List<RegistryViolation> violations = new ArrayList<>();
		Calibrations.validate(violations, pointer, calibration);
		return violations;
	}

	/** What is wrong with limits, pointers under {@code pointer}. */
	public static List<RegistryViolation> validate(Limits limits, String pointer) {
		List<RegistryViolation> violations = new ArrayList<>();
		validateLimits(violations, pointer, limits);
		return violations;
	}

	private static void validateLimits(List<RegistryViolation> violations, String pointer, Limits limits) {
		String[] names = { "criticalLow", "warningLow", "warningHigh", "criticalHigh" };
		Double[] values = { limits.criticalLow(), limits.warningLow(), limits.warningHigh(), limits.criticalHigh() };
		int previous = -1;
		for (int i = 0; i < values.length; i++) {
			if (values[i] == null) {
				continue;
			}
			if (!Double.isFinite(values[i])) {
				violations.add(new RegistryViolation(pointer + "/" + names[i], "A limit must be a finite number."));
				continue;
			}
			if (previous >= 0 && values[previous] > values[i]) {
				violations.add(new RegistryViolation(pointer + "/" + names[i],
						names[i] + " (" + values[i] + ") is below " + names[previous] + " (" + values[previous]
								+ "): limits are ordered criticalLow <= warningLow <= warningHigh <= criticalHigh."));
			}
			previous = i;
		}
		Double hysteresis = limits.hysteresis();
		if (hysteresis != null) {
			if (!Double.isFinite(hysteresis) || hysteresis < 0) {
				violations.add(new RegistryViolation(pointer + "/hysteresis",
						"The hysteresis must be a finite number, zero or positive (" + hysteresis + ")."));
			}
			else if (limits.noBound()) {
				violations.add(new RegistryViolation(pointer + "/hysteresis",
						"A hysteresis applies to limits: set at least one limit, or leave the hysteresis out."));
			}
		}
	}

	private static void missionId(List<RegistryViolation> violations, String pointer, String id) {
		if (id == null || !Names.MISSION_ID.matcher(id).matches()) {
			violations.add(new RegistryViolation(pointer,
					"A mission id is 1 to 64 of A-Z, 0-9, '.', '_' and '-', starting with a letter or digit, such as ORBIT-DEMO."));
		}
	}

	private static void text(List<RegistryViolation> violations, String pointer, String value, boolean required,
			int max) {
		if (value == null || value.isBlank()) {
			if (required) {
				violations.add(new RegistryViolation(pointer, "A value is required."));
			}
		}
		else if (value.length() > max) {
			violations.add(new RegistryViolation(pointer, "At most " + max + " characters."));
		}
	}

}

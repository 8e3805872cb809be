package space.orbit.simulator.fault;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

import space.orbit.simulator.model.ParameterCatalog;
import space.orbit.simulator.model.ParameterSpec;

/**
 * Reads fault specs, {@code TYPE:SPACECRAFT[:PARAMETER]@+OFFSET[/DURATION]}, and checks
 * them against the spacecraft and parameters of this run.
 */
public final class FaultSpecParser {

	/** The accepted forms, for error messages and --help. */
	public static final String FORMS = """
			TYPE:SPACECRAFT[:PARAMETER]@+OFFSET[/DURATION], offsets and durations like 30s, 2m, 1h30m, 500ms:
			  stuck|drift|spike|noise|dropout:ORB-n:PARAMETER@+OFFSET[/DURATION]   (spike: one sample, no /DURATION)
			  undervoltage:ORB-n[:EPS.BATTERY.VOLTAGE]@+OFFSET[/DURATION]
			  overspeed:ORB-n[:AOCS.RW1.SPEED..AOCS.RW4.SPEED]@+OFFSET[/DURATION]
			  silent|clock|duplicate:ORB-n@+OFFSET[/DURATION]
			e.g. stuck:ORB-2:THERMAL.PANEL.TEMP@+30s  silent:ORB-3@+1m/2m  spike:ORB-1:EPS.BATTERY.VOLTAGE@+10s""";

	private static final String BATTERY = "EPS.BATTERY.VOLTAGE";

	private final int spacecraft;

	private final ParameterCatalog catalog;

	/**
	 * A parser for a run of {@code spacecraft} spacecraft (ORB-1..ORB-n) whose frames
	 * carry {@code catalog}.
	 */
	public FaultSpecParser(int spacecraft, ParameterCatalog catalog) {
		this.spacecraft = spacecraft;
		this.catalog = catalog;
	}

	/**
	 * Parses one spec.
	 * @throws InvalidFaultSpecException naming what is wrong
	 */
	public FaultSpec parse(String spec) {
		String text = (spec != null) ? spec.trim() : "";
		int at = text.indexOf('@');
		if (at < 0 || at != text.lastIndexOf('@')) {
			throw new InvalidFaultSpecException(text,
					"expected one '@+OFFSET', as in stuck:ORB-2:THERMAL.PANEL.TEMP@+30s");
		}
		String[] what = text.substring(0, at).split(":", -1);
		if (what.length < 2 || what.length > 3) {
			throw new InvalidFaultSpecException(text,
					"expected TYPE:SPACECRAFT or TYPE:SPACECRAFT:PARAMETER before '@'");
		}
		FaultType type = FaultType.of(what[0].trim());
		if (type == null) {
			throw new InvalidFaultSpecException(text, "unknown fault type '" + what[0] + "'; known: " + types());
		}
		String spacecraftId = spacecraft(text, what[1].trim());
		String parameter = parameter(text, type, (what.length == 3) ? what[2].trim() : null);
		String when = text.substring(at + 1);
		if (!when.startsWith("+")) {
			throw new InvalidFaultSpecException(text, "the offset must be relative to the start: '@+30s'");
		}
		int slash = when.indexOf('/');
		Duration offset = duration(text, when.substring(1, (slash < 0) ? when.length() : slash), true);
		Duration duration = (slash < 0) ? type.defaultDuration() : duration(text, when.substring(slash + 1), false);
		if (type == FaultType.SPIKE && duration != null) {
			throw new InvalidFaultSpecException(text, "a spike is one sample: drop the /DURATION");
		}
		return new FaultSpec(type, spacecraftId, parameter, offset, duration);
	}

	private String spacecraft(String text, String id) {
		int n = -1;
		if (id.startsWith("ORB-") && id.length() > 4 && id.length() < 12
				&& id.substring(4).chars().allMatch(Character::isDigit)) {
			n = Integer.parseInt(id.substring(4));
		}
		if (n < 1 || n > this.spacecraft) {
			throw new InvalidFaultSpecException(text,
					"no spacecraft '" + id + "' in this run (ORB-1..ORB-" + this.spacecraft + ")");
		}
		return id;
	}

	private String parameter(String text, FaultType type, String name) {
		FaultType.Target target = type.target();
		if (target == FaultType.Target.NONE) {
			if (name != null) {
				throw new InvalidFaultSpecException(text,
						type.tag() + " concerns the whole spacecraft: drop ':" + name + "'");
			}
			return null;
		}
		if (name == null || name.isEmpty()) {
			return switch (target) {
				case BATTERY -> check(text, type, BATTERY);
				case WHEEL -> check(text, type, "AOCS.RW1.SPEED");
				default -> throw new InvalidFaultSpecException(text,
						type.tag() + " needs a parameter: " + type.tag() + ":SPACECRAFT:PARAMETER@+OFFSET");
			};
		}
		return check(text, type, name);
	}

	private String check(String text, FaultType type, String name) {
		ParameterSpec spec = this.catalog.find(name)
			.orElseThrow(() -> new InvalidFaultSpecException(text,
					"no parameter '" + name + "' in the frames of this run (see tools/simulator/README.md)"));
		boolean fits = switch (type.target()) {
			case ANY, NONE -> true;
			case NUMERIC -> spec.numeric();
			case ANALOG -> spec.kind() == ParameterSpec.Kind.NUMBER;
			case LIMITED -> spec.kind() == ParameterSpec.Kind.NUMBER && spec.hasLimits();
			case BATTERY -> name.equals(BATTERY);
			case WHEEL -> name.matches("AOCS\\.RW[1-4]\\.SPEED");
		};
		if (!fits) {
			throw new InvalidFaultSpecException(text,
					type.tag() + " does not apply to " + name + ": it needs " + switch (type.target()) {
						case NUMERIC -> "a number or counter";
						case ANALOG -> "an analog number";
						case LIMITED -> "a number with warning and critical limits";
						case BATTERY -> BATTERY;
						default -> "a reaction wheel speed, AOCS.RW1.SPEED..AOCS.RW4.SPEED";
					});
		}
		return name;
	}

	private static Duration duration(String text, String value, boolean offset) {
		Duration duration;
		try {
			duration = Durations.parse(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFaultSpecException(text, (offset ? "offset " : "duration ") + ex.getMessage());
		}
		if (duration.isNegative() || (!offset && duration.isZero())) {
			throw new InvalidFaultSpecException(text, "the duration must be positive");
		}
		return duration;
	}

	private static String types() {
		return Arrays.stream(FaultType.values()).map(FaultType::tag).collect(Collectors.joining(", "));
	}

}

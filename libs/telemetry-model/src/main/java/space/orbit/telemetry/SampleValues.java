package space.orbit.telemetry;

import java.util.Map;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads and checks one sample: its name and its value (a finite number, a boolean or a
 * string).
 */
final class SampleValues {

	private SampleValues() {
	}

	/**
	 * Reads the value under the parser into {@code samples}; returns the fault, or null
	 * when valid.
	 */
	static RejectionReason read(JsonParser parser, JsonToken token, String name, Map<String, Object> samples,
			FrameLimits limits) {
		RejectionReason nameFault = checkName(name, limits);
		Object value = switch (token) {
			case VALUE_NUMBER_INT -> integer(parser);
			case VALUE_NUMBER_FLOAT -> floating(parser);
			case VALUE_TRUE -> Boolean.TRUE;
			case VALUE_FALSE -> Boolean.FALSE;
			case VALUE_STRING -> string(parser, limits);
			default -> {
				parser.skipChildren();
				yield RejectionReason.WRONG_TYPE;
			}
		};
		if (nameFault != null) {
			return nameFault;
		}
		if (value instanceof RejectionReason fault) {
			return fault;
		}
		if (samples.putIfAbsent(name, value) != null) {
			samples.remove(name);
			return RejectionReason.DUPLICATE_NAME;
		}
		return null;
	}

	static String describe(RejectionReason reason, String name, FrameLimits limits) {
		String shown = Texts.abbreviate(name);
		return switch (reason) {
			case WRONG_TYPE -> "The value of \"" + shown + "\" must be a number, a boolean or a string.";
			case NON_FINITE -> "The value of \"" + shown + "\" is NaN or infinite: send a finite number.";
			case TOO_LONG -> "\"" + shown + "\" or its string value is too long (names at most "
					+ limits.maxNameLength() + ", strings at most " + limits.maxStringLength() + " characters).";
			case INVALID_NAME -> "\"" + shown
					+ "\" is not a parameter name: use dot-separated segments of letters, digits and _, such as EPS.BATTERY.VOLTAGE.";
			case INVALID_TEXT -> "The string value of \"" + shown
					+ "\" holds a NUL character or an unpaired surrogate, which cannot be stored: send valid Unicode text without \\u0000.";
			case DUPLICATE_NAME -> "\"" + shown + "\" appears more than once in the frame.";
			default -> reason.tag();
		};
	}

	private static RejectionReason checkName(String name, FrameLimits limits) {
		if (name.length() > limits.maxNameLength()) {
			return RejectionReason.TOO_LONG;
		}
		return Names.isParameterName(name) ? null : RejectionReason.INVALID_NAME;
	}

	private static Object integer(JsonParser parser) {
		if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
			return floating(parser);
		}
		return parser.getLongValue();
	}

	private static Object floating(JsonParser parser) {
		double value = parser.getDoubleValue();
		return Double.isFinite(value) ? (Object) value : RejectionReason.NON_FINITE;
	}

	private static Object string(JsonParser parser, FrameLimits limits) {
		String value = parser.getString();
		if (value.length() > limits.maxStringLength()) {
			return RejectionReason.TOO_LONG;
		}
		return Texts.storable(value) ? value : RejectionReason.INVALID_TEXT;
	}

}

package space.orbit.registry;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Turns a raw value into an engineering value. In JSON a {@code type} property names the
 * kind: {@code {"type":"POLYNOMIAL","coefficients":[0.0,1.0]}} or
 * {@code {"type":"LOOKUP","points":[{"raw":0,"value":-40.0},...]}}. A parameter without a
 * calibration has engineering value = raw value.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = Polynomial.class, name = Polynomial.TYPE),
		@JsonSubTypes.Type(value = LookupTable.class, name = LookupTable.TYPE) })
public sealed interface Calibration permits Polynomial, LookupTable {

	/** The engineering value of a raw value; call it on a valid calibration only. */
	double apply(double raw);

	/**
	 * The engineering value of a raw value under a calibration, or the raw value itself
	 * when there is none.
	 */
	static double apply(Calibration calibration, double raw) {
		return (calibration == null) ? raw : calibration.apply(raw);
	}

}

package space.orbit.enricher.enrichment;

import java.util.List;
import java.util.Map;

/**
 * A parameter computed from others of the same frame, from their engineering values:
 * their product (power from voltage and current) or their sum. Computed only when every
 * input is in the frame with a numeric value.
 *
 * @param name its name
 * @param operation how inputs combine
 * @param inputs the parameters it is computed from
 * @param unit its unit
 */
public record DerivedParameter(String name, Operation operation, List<String> inputs, String unit) {

	public DerivedParameter {
		if (inputs.isEmpty()) {
			throw new IllegalArgumentException("derived parameter " + name + " needs inputs");
		}
		inputs = List.copyOf(inputs);
	}

	/**
	 * The value from the frame's engineering values, or null when an input is missing.
	 */
	public Double compute(Map<String, Double> engineering) {
		double value = (this.operation == Operation.PRODUCT) ? 1 : 0;
		for (String input : this.inputs) {
			Double operand = engineering.get(input);
			if (operand == null) {
				return null;
			}
			value = (this.operation == Operation.PRODUCT) ? value * operand : value + operand;
		}
		return value;
	}

	/**
	 * The value from the inputs' engineering values, one per input in their order.
	 */
	public double compute(double... operands) {
		double value = (this.operation == Operation.PRODUCT) ? 1 : 0;
		for (double operand : operands) {
			value = (this.operation == Operation.PRODUCT) ? value * operand : value + operand;
		}
		return value;
	}

	/** How inputs combine. */
	public enum Operation {

		PRODUCT, SUM

	}

}

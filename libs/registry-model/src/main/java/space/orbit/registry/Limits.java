package space.orbit.registry;

/**
 * A parameter's default limits in engineering units; each bound is optional. Where
 * present they are ordered
 * {@code criticalLow <= warningLow <= warningHigh <= criticalHigh}.
 *
 * @param warningLow below this, a warning
 * @param warningHigh above this, a warning
 * @param criticalLow below this, critical
 * @param criticalHigh above this, critical
 */
public record Limits(Double warningLow, Double warningHigh, Double criticalLow, Double criticalHigh) {
}

package space.orbit.analyzer.alerts;

import java.time.Instant;

import jakarta.persistence.Embeddable;

/**
 * Who did something to an alert, when, and why.
 *
 * @param by the operator (or {@code analyzer} for automatic clears)
 * @param at when
 * @param comment why, or null
 */
@Embeddable
record OperatorAction(String by, Instant at, String comment) {
}

package space.orbit.analyzer.alerts;

import java.time.Duration;

/**
 * The body of {@code acknowledge}, {@code shelve}, {@code unshelve} and {@code clear}.
 *
 * @param by the operator
 * @param comment why, optional
 * @param duration how long to shelve (ISO-8601, {@code PT30M}); shelve only
 */
record AlertActionRequest(String by, String comment, Duration duration) {
}

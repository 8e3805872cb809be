package space.orbit.analyzer.alerts;

import java.time.Duration;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code acknowledge}, {@code shelve}, {@code unshelve} and {@code clear}.
 *
 * @param by the operator
 * @param comment why, optional
 * @param duration how long to shelve (ISO-8601, {@code PT30M}); shelve only
 */
@Schema(description = "Who acts on an alert, and why")
record AlertActionRequest(
		@Schema(description = "The operator, 1-100 characters", example = "ops",
				requiredMode = Schema.RequiredMode.REQUIRED) String by,
		@Schema(description = "Why, at most 1000 characters", example = "on it") String comment,
		@Schema(description = "How long to shelve, ISO-8601 (shelve only, at most orbit.analyzer.alerts.max-shelve)",
				type = "string", format = "duration", example = "PT30M") Duration duration) {
}

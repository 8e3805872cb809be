package space.orbit.analyzer.alerts;

import java.time.Duration;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code acknowledge}, {@code shelve}, {@code unshelve} and {@code clear}.
 * Who acts is the caller's token subject (ADR 0017), never the body.
 *
 * @param by ignored: accepted only because the console and the dashboard still send the
 * operator's name in it
 * @param comment why, optional
 * @param duration how long to shelve (ISO-8601, {@code PT30M}); shelve only
 */
@Schema(description = "Why an operator acts on an alert; who acts is the token's subject")
record AlertActionRequest(
		@Schema(description = "Ignored (who acts is the token's subject); accepted for the "
				+ "clients that still send it", deprecated = true, example = "ops") String by,
		@Schema(description = "Why, at most 1000 characters", example = "on it") String comment,
		@Schema(description = "How long to shelve, ISO-8601 (shelve only, at most orbit.analyzer.alerts.max-shelve)",
				type = "string", format = "duration", example = "PT30M") Duration duration) {
}

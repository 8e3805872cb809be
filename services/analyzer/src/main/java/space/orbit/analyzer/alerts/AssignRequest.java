package space.orbit.analyzer.alerts;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code assign}.
 *
 * @param by ignored where a token names the caller (as for every action)
 * @param assignee who is to deal with the alert: a person's name as their token's subject
 * gives it (an e-mail), or {@code me}
 * @param comment why, optional
 */
@Schema(description = "To whom an operator gives an alert, and why")
record AssignRequest(@Schema(description = "Ignored (who acts is the token's subject)", deprecated = true) String by,
		@Schema(description = "Who is to deal with it: a person as their token's subject names them (1 to 100 "
				+ "characters), or 'me' for the caller", example = "ada@orbit.space") String assignee,
		@Schema(description = "Why, at most 1000 characters", example = "yours, thermal") String comment) {
}

package space.orbit.analyzer.rules;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A rule as the API shows it: the rule's fields, then its version, who changed it last
 * and when, and whether that version is on {@code orbit.rules.v1} yet.
 *
 * @param rule the rule
 * @param version bumped by every change
 * @param updatedAt when it last changed
 * @param updatedBy who changed it (the subject of the caller's token), or
 * {@code defaults}
 * @param published whether this version is on Kafka
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A rule with its version, who changed it last and when, and whether Kafka has that version")
record RuleView(@JsonUnwrapped Rule rule, @Schema(description = "Bumped by every change", example = "3") long version,
		@Schema(description = "When it last changed") Instant updatedAt,
		@Schema(description = "Who changed it last: the subject of the caller's token (an e-mail or a client "
				+ "id); 'defaults' for a default no one changed", example = "ada@orbit.space") String updatedBy,
		@Schema(description = "Whether this version is on orbit.rules.v1 (the relay publishes it later if not)") boolean published) {
}

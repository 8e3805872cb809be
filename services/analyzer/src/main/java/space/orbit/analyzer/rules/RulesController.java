package space.orbit.analyzer.rules;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import org.springframework.web.bind.annotation.RequestHeader;
import space.orbit.kit.security.Actor;
import space.orbit.kit.security.AdminAccess;
import space.orbit.kit.security.ViewerAccess;
import space.orbit.kit.web.Cursor;
import space.orbit.kit.web.InvalidRequestException;
import space.orbit.kit.web.NotFoundException;
import space.orbit.kit.web.Page;
import space.orbit.kit.web.PageLimit;

/**
 * The rules API. A PUT is validated, committed to PostgreSQL and then published to
 * {@code orbit.rules.v1}, where the topology picks it up for the next sample. Reading
 * needs the role viewer, a change admin; a change records the caller's token subject as
 * who made it (ADR 0017).
 */
@RestController
@RequestMapping("/api/v1/rules")
@Tag(name = "rules", description = "Detection rules: stored in PostgreSQL, published to orbit.rules.v1, "
		+ "applied by the topology from the next sample on")
class RulesController {

	static final String USER_HEADER = "X-Orbit-User";

	static final int MAX_LIMIT = 1_000;

	private final RuleStore rules;

	RulesController(RuleStore rules) {
		this.rules = rules;
	}

	@GetMapping
	@ViewerAccess
	@Operation(operationId = "listRules", summary = "List the rules, by id")
	@ApiResponse(responseCode = "200", description = "A page of rules by id; 'next' when more follow")
	Page<RuleView> list(
			@Parameter(description = "Rules per page: 1 to 1000", example = "100",
					schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "1000",
							defaultValue = "500")) @RequestParam(defaultValue = "500") int limit,
			@Parameter(description = "The previous page's 'next', unchanged",
					example = "ZXBzLWJhdHRlcnktY3VycmVudA") @RequestParam(required = false) String after) {
		String afterId = (after != null) ? Cursor.decode(after, 1).get(0) : "";
		return this.rules.list(afterId, PageLimit.check(limit, MAX_LIMIT));
	}

	@GetMapping("/{id}")
	@ViewerAccess
	@Operation(operationId = "getRule", summary = "Read one rule")
	@ApiResponse(responseCode = "200", description = "The rule, its version and whether Kafka has that version")
	@ApiResponse(responseCode = "404", description = "There is no such rule (or it was deleted)")
	RuleView get(@Parameter(description = "The rule's id", example = RuleExamples.ID) @PathVariable String id) {
		return this.rules.find(id).orElseThrow(() -> notFound(id));
	}

	/**
	 * Creates (201) or replaces (200) a rule; the body's id, if any, must be the path's.
	 */
	@PutMapping("/{id}")
	@AdminAccess
	@Operation(operationId = "putRule", summary = "Create or replace a rule",
			description = "Validated (422 lists every violation), committed, then published to orbit.rules.v1; "
					+ "'published' tells whether Kafka has it yet (a relay publishes it later if not). "
					+ "The same rule again changes nothing and keeps its version.")
	@ApiResponse(responseCode = "200", description = "Replaced, or unchanged",
			content = @Content(schema = @Schema(implementation = RuleView.class)))
	@ApiResponse(responseCode = "201", description = "Created",
			content = @Content(schema = @Schema(implementation = RuleView.class)))
	@ApiResponse(responseCode = "422",
			description = "The rule is invalid: 'errors' points at every violation (/limits/warningHigh)")
	ResponseEntity<RuleView> put(
			@Parameter(description = "The rule's id: 1-64 of a-z, 0-9, '.', '_', '-'",
					example = RuleExamples.ID) @PathVariable String id,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = Rule.class),
					examples = @ExampleObject(name = "tankPressure", summary = "Limits and staleness of one spacecraft",
							value = RuleExamples.PUT))) @RequestBody Rule body,
			@Parameter(in = ParameterIn.HEADER,
					description = "Who makes the change, recorded only where the service runs without authentication "
							+ "(a token's subject always wins); deprecated: clients that log in need not send it",
					deprecated = true,
					example = "flight-director") @RequestHeader(name = USER_HEADER, required = false) String user) {
		if (body.id() != null && !body.id().equals(id)) {
			throw invalid(List.of(new RuleViolation("/id", "must be the id in the path (" + id + ") or absent")));
		}
		Rule rule = body.withId(id);
		List<RuleViolation> violations = RuleValidator.check(rule);
		if (!violations.isEmpty()) {
			throw invalid(violations);
		}
		RuleStore.Saved saved = this.rules.put(rule, Actor.current(user));
		return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(RuleStore.view(saved.record()));
	}

	@DeleteMapping("/{id}")
	@AdminAccess
	@Operation(operationId = "deleteRule", summary = "Delete a rule",
			description = "A tombstone follows on orbit.rules.v1; the rule's alerts clear with their conditions")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "404", description = "There is no such rule (or it was deleted already)")
	ResponseEntity<Void> delete(
			@Parameter(description = "The rule's id", example = RuleExamples.ID) @PathVariable String id,
			@Parameter(in = ParameterIn.HEADER,
					description = "Who makes the change, recorded only where the service runs without authentication "
							+ "(a token's subject always wins); deprecated: clients that log in need not send it",
					deprecated = true,
					example = "flight-director") @RequestHeader(name = USER_HEADER, required = false) String user) {
		if (!this.rules.delete(id, Actor.current(user))) {
			throw notFound(id);
		}
		return ResponseEntity.noContent().build();
	}

	private static InvalidRequestException invalid(List<RuleViolation> violations) {
		return RuleValidator.invalid("", violations);
	}

	private static NotFoundException notFound(String id) {
		return new NotFoundException("There is no rule " + id + ".");
	}

}

package space.orbit.analyzer.rules;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import space.orbit.kit.web.ProblemTypes;

/**
 * The rules API. A PUT is validated, committed to PostgreSQL and then published to
 * {@code orbit.rules.v1}, where the topology picks it up for the next sample.
 */
@RestController
@RequestMapping("/api/v1/rules")
class RulesController {

	static final int MAX_LIMIT = 1_000;

	static final String USER_HEADER = "X-Orbit-User";

	private final RuleStore rules;

	RulesController(RuleStore rules) {
		this.rules = rules;
	}

	/** Rules by id, at most {@code limit} (default 500) a page. */
	@GetMapping
	RulePage list(@RequestParam(required = false) String after, @RequestParam(defaultValue = "500") int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"Parameter 'limit' must be between 1 and " + MAX_LIMIT + ".");
			problem.setType(ProblemTypes.INVALID_REQUEST);
			problem.setProperty("parameter", "limit");
			throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
		}
		return this.rules.list(after, limit);
	}

	@GetMapping("/{id}")
	RuleView get(@PathVariable String id) {
		return this.rules.find(id).orElseThrow(() -> notFound(id));
	}

	/**
	 * Creates (201) or replaces (200) a rule; the body's id, if any, must be the path's.
	 */
	@PutMapping("/{id}")
	ResponseEntity<RuleView> put(@PathVariable String id, @RequestBody Rule body,
			@RequestHeader(name = USER_HEADER, required = false) String user) {
		if (body.id() != null && !body.id().equals(id)) {
			throw new InvalidRuleException(
					List.of(new RuleViolation("id", "must be the id in the path (" + id + ") or absent")));
		}
		Rule rule = body.withId(id);
		List<RuleViolation> violations = RuleValidator.check(rule);
		if (!violations.isEmpty()) {
			throw new InvalidRuleException(violations);
		}
		RuleStore.Saved saved = this.rules.put(rule, by(user));
		return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(RuleStore.view(saved.record()));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable String id,
			@RequestHeader(name = USER_HEADER, required = false) String user) {
		if (!this.rules.delete(id, by(user))) {
			throw notFound(id);
		}
		return ResponseEntity.noContent().build();
	}

	private static String by(String user) {
		return (user != null && !user.isBlank()) ? user.strip().substring(0, Math.min(100, user.strip().length()))
				: "api";
	}

	private static ErrorResponseException notFound(String id) {
		return new ErrorResponseException(HttpStatus.NOT_FOUND,
				ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no rule " + id + "."), null);
	}

}

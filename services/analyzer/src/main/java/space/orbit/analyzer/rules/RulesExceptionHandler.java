package space.orbit.analyzer.rules;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import io.micrometer.core.instrument.MeterRegistry;
import space.orbit.kit.web.ProblemTypes;
import space.orbit.kit.web.ServiceExceptionHandler;

/** Invalid rules as 422 problems listing every violation, counted. */
@RestControllerAdvice(assignableTypes = RulesController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RulesExceptionHandler {

	private final MeterRegistry registry;

	RulesExceptionHandler(MeterRegistry registry) {
		this.registry = registry;
	}

	@ExceptionHandler(InvalidRuleException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidRuleException ex, HttpServletRequest request) {
		this.registry.counter("orbit.requests.rejected", "reason", "invalid_rule").increment();
		ProblemDetail problem = ServiceExceptionHandler.problem(HttpStatus.UNPROCESSABLE_CONTENT,
				ProblemTypes.of("invalid-rule"), ex.getMessage(), request);
		problem.setProperty("errors", ex.violations());
		return ResponseEntity.unprocessableContent().body(problem);
	}

}

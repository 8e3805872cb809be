package space.orbit.processor.registry;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import space.orbit.kit.web.ProblemTypes;
import space.orbit.kit.web.ServiceExceptionHandler;

/** The mission database's refusals as RFC 9457 problems. */
@RestControllerAdvice(
		assignableTypes = { MissionsController.class, SpacecraftController.class, ParametersController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegistryExceptionHandler {

	static final java.net.URI CONFLICT = ProblemTypes.of("conflict");

	@ExceptionHandler(RegistryExceptions.InvalidRecord.class)
	ResponseEntity<ProblemDetail> invalid(RegistryExceptions.InvalidRecord ex, HttpServletRequest request) {
		ProblemDetail problem = ServiceExceptionHandler.problem(HttpStatus.UNPROCESSABLE_CONTENT,
				ProblemTypes.INVALID_REQUEST, ex.getMessage(), request);
		problem.setTitle("Invalid record");
		problem.setProperty("violations", ex.violations());
		return ResponseEntity.unprocessableContent().body(problem);
	}

	@ExceptionHandler(RegistryExceptions.InvalidQuery.class)
	ResponseEntity<ProblemDetail> query(RegistryExceptions.InvalidQuery ex, HttpServletRequest request) {
		ProblemDetail problem = ServiceExceptionHandler.problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST,
				ex.getMessage(), request);
		problem.setTitle("Invalid query");
		problem.setProperty("parameter", ex.parameter());
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(RegistryExceptions.NotFound.class)
	ResponseEntity<ProblemDetail> notFound(RegistryExceptions.NotFound ex, HttpServletRequest request) {
		ProblemDetail problem = ServiceExceptionHandler.problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND,
				ex.getMessage(), request);
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

	@ExceptionHandler(RegistryExceptions.Conflict.class)
	ResponseEntity<ProblemDetail> conflict(RegistryExceptions.Conflict ex, HttpServletRequest request) {
		return conflict(ex.getMessage(), request);
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> concurrent(ObjectOptimisticLockingFailureException ex, HttpServletRequest request) {
		return conflict("The record changed while this request was changing it: read it again and retry.", request);
	}

	private static ResponseEntity<ProblemDetail> conflict(String detail, HttpServletRequest request) {
		ProblemDetail problem = ServiceExceptionHandler.problem(HttpStatus.CONFLICT, CONFLICT, detail, request);
		problem.setTitle("Conflict");
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

}

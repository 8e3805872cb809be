package space.orbit.kit.web;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;

/** Problem details built from the registry: the only place Orbit makes them. */
final class Problems {

	private Problems() {
	}

	static ProblemDetail of(ProblemType type, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
		problem.setType(type.uri());
		problem.setTitle(type.title());
		return problem;
	}

	static ProblemDetail of(ProblemException ex) {
		ProblemDetail problem = of(ex.type(), ex.getMessage());
		List<ProblemError> errors = ex.errors();
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		ex.properties().forEach(problem::setProperty);
		if (ex.retryAfter() != null) {
			problem.setProperty("retryAfterSeconds", retryAfterSeconds(ex));
		}
		return problem;
	}

	static HttpHeaders headers(ProblemException ex) {
		HttpHeaders headers = new HttpHeaders();
		if (ex.retryAfter() != null) {
			headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds(ex)));
		}
		return headers;
	}

	private static long retryAfterSeconds(ProblemException ex) {
		return Math.max(1, ex.retryAfter().toSeconds());
	}

}

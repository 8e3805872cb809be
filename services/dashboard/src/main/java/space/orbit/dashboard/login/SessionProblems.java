package space.orbit.dashboard.login;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import space.orbit.kit.web.ProblemResponses;
import space.orbit.kit.web.ProblemType;

/**
 * An API request the session does not allow: 401 {@code unauthorized} without a login (a
 * script cannot follow a redirect to a login page), 403 {@code forbidden} for a missing
 * CSRF token or too small a role; both problems, never a redirect.
 */
class SessionProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ProblemResponses problems;

	SessionProblems(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		this.problems.write(request, response, ProblemType.UNAUTHORIZED,
				"This needs a logged-in session: open the dashboard's page to log in.", Map.of());
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		if (exception instanceof CsrfException) {
			this.problems.write(request, response, ProblemType.FORBIDDEN,
					"The request did not carry the session's CSRF token (cookie XSRF-TOKEN, header X-XSRF-TOKEN).",
					Map.of("reason", "csrf"));
			return;
		}
		this.problems.write(request, response, ProblemType.FORBIDDEN, exception.getMessage(), Map.of());
	}

}

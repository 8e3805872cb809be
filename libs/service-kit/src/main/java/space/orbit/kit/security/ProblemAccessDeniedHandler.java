package space.orbit.kit.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandler;
import space.orbit.kit.web.ProblemResponses;
import space.orbit.kit.web.ProblemType;

/** A token whose roles are too small, refused by a filter: 403 {@code forbidden}. */
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

	private final BearerTokenAccessDeniedHandler bearer = new BearerTokenAccessDeniedHandler();

	private final ProblemResponses problems;

	ProblemAccessDeniedHandler(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		this.bearer.handle(request, response, exception);
		this.problems.write(request, response, ProblemType.FORBIDDEN, "The token of '" + Actor.current()
				+ "' does not allow " + request.getMethod() + " " + request.getRequestURI() + ".", Map.of());
	}

}

package space.orbit.kit.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import space.orbit.kit.web.ProblemResponses;
import space.orbit.kit.web.ProblemType;

/**
 * A request without a valid token: 401 {@code unauthorized} as a problem, with the
 * {@code WWW-Authenticate} header RFC 6750 asks for.
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

	private final ProblemResponses problems;

	ProblemAuthenticationEntryPoint(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		this.bearer.commence(request, response, exception);
		String detail = (exception instanceof OAuth2AuthenticationException oauth)
				? "The bearer token was refused: " + describe(oauth) + "."
				: "This operation needs a bearer token from the auth service: log in, or take one with "
						+ "'./orbit token --role viewer' and send it as 'Authorization: Bearer <token>'.";
		this.problems.write(request, response, ProblemType.UNAUTHORIZED, detail, Map.of());
	}

	private static String describe(OAuth2AuthenticationException exception) {
		String description = exception.getError().getDescription();
		return (description != null) ? description : exception.getError().getErrorCode();
	}

}

package space.orbit.auth.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import space.orbit.kit.observability.RequestIdFilter;
import space.orbit.kit.web.ProblemType;

/**
 * 401 and 403 of the API as problem details ({@code urn:orbit:problem:unauthorized},
 * {@code urn:orbit:problem:forbidden}), with the bearer-token {@code WWW-Authenticate}
 * header. Built here, in the kit's form, until the kit's registry has these two types.
 */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

	private final BearerTokenAccessDeniedHandler denial = new BearerTokenAccessDeniedHandler();

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		this.challenge.commence(request, response, ex);
		write(request, response, problem(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
				"A valid bearer token of this issuer is required."));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		this.denial.handle(request, response, ex);
		write(request, response, problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
				"The token's roles do not allow this operation."));
	}

	private static Map<String, Object> problem(HttpStatus status, String slug, String title, String detail) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", ProblemType.PREFIX + slug);
		problem.put("title", title);
		problem.put("status", status.value());
		problem.put("detail", detail);
		return problem;
	}

	private static void write(HttpServletRequest request, HttpServletResponse response, Map<String, Object> problem)
			throws IOException {
		problem.put("instance", request.getRequestURI());
		Object requestId = request.getAttribute(RequestIdFilter.ATTRIBUTE);
		if (requestId != null) {
			problem.put("requestId", requestId);
		}
		response.setStatus((int) problem.get("status"));
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		JSON.writeValue(response.getOutputStream(), problem);
	}

}

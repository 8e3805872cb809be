package space.orbit.kit.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ProblemDetail;
import space.orbit.kit.observability.RequestIdFilter;

/**
 * Problems answered outside Spring MVC, by a servlet filter (the security filters, a rate
 * limit): built from the registry, decorated and counted as the exception handler does
 * its own.
 */
public final class ProblemResponses {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Rejections rejections;

	public ProblemResponses(Rejections rejections) {
		this.rejections = rejections;
	}

	/**
	 * Writes a problem of {@code type} to {@code response}.
	 * @param request the request refused
	 * @param response its response, not yet committed
	 * @param type the problem's type
	 * @param detail what a person reads
	 * @param properties further members ({@code reason}, {@code requiredRole}, ...)
	 * @throws IOException when the response cannot be written
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail,
			Map<String, Object> properties) throws IOException {
		ProblemDetail problem = Problems.of(type, detail);
		problem.setInstance(URI.create(request.getRequestURI()));
		properties.forEach(problem::setProperty);
		String requestId = RequestIdFilter.of(request);
		if (requestId != null) {
			problem.setProperty("requestId", requestId);
		}
		this.rejections.count(problem);
		response.setStatus(type.status().value());
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		body.put("instance", problem.getInstance().toString());
		body.putAll(problem.getProperties());
		JSON.writeValue(response.getOutputStream(), body);
	}

}

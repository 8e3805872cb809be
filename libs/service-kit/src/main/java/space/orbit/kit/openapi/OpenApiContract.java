package space.orbit.kit.openapi;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;

import space.orbit.kit.web.ProblemType;

/**
 * Makes every service's OpenAPI document complete the same way (ADR 0012): the
 * {@code Problem} schema; every error answer as {@code application/problem+json} with it;
 * the answers every operation can give (400/415/422 with a body, 400 with parameters, 404
 * with path variables, 500 and 503 always) unless it declares its own; a fixed server, so
 * the document does not depend on the port the service runs on.
 */
public class OpenApiContract implements OpenApiCustomizer {

	static final String PROBLEM_JSON = "application/problem+json";

	private final String serverUrl;

	public OpenApiContract(String serverUrl) {
		this.serverUrl = serverUrl;
	}

	@Override
	public void customise(OpenAPI openApi) {
		openApi.setServers(List.of(new Server().url(this.serverUrl).description("This service on one machine")));
		Components components = (openApi.getComponents() != null) ? openApi.getComponents() : new Components();
		openApi.setComponents(components);
		ProblemSchemas.addTo(components);
		if (openApi.getPaths() != null) {
			openApi.getPaths().values().forEach(this::complete);
		}
	}

	private void complete(PathItem path) {
		path.readOperationsMap().values().forEach((operation) -> complete(operation, path));
	}

	private void complete(Operation operation, PathItem path) {
		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		responses.forEach((code, response) -> {
			if (isError(code)) {
				response.setContent(problemContent());
			}
		});
		List<Parameter> parameters = all(operation.getParameters(), path.getParameters());
		boolean body = operation.getRequestBody() != null;
		if (body) {
			addIfAbsent(responses, ProblemType.MALFORMED_REQUEST,
					"The body is not JSON" + (parameters.isEmpty() ? "" : ", or a parameter is invalid"));
			addIfAbsent(responses, ProblemType.UNSUPPORTED_MEDIA_TYPE, "The body is not application/json");
			addIfAbsent(responses, ProblemType.INVALID_REQUEST, "The body is invalid; 'errors' says where and why");
		}
		if (!parameters.isEmpty()) {
			addIfAbsent(responses, ProblemType.INVALID_PARAMETER, "A parameter is missing, malformed or out of range");
		}
		if (parameters.stream().anyMatch((p) -> "path".equals(p.getIn()))) {
			addIfAbsent(responses, ProblemType.NOT_FOUND, "No such resource");
		}
		addIfAbsent(responses, ProblemType.DEPENDENCY_UNAVAILABLE,
				"A broker or database is unavailable; nothing was changed; retry after Retry-After");
		addIfAbsent(responses, ProblemType.INTERNAL_ERROR, "An unexpected error, logged with the request id");
		operation.setResponses(sorted(responses));
	}

	private static void addIfAbsent(ApiResponses responses, ProblemType type, String description) {
		String code = Integer.toString(type.status().value());
		if (!responses.containsKey(code)) {
			responses.addApiResponse(code, new ApiResponse().description(description).content(problemContent()));
		}
	}

	private static ApiResponses sorted(ApiResponses responses) {
		ApiResponses ordered = new ApiResponses();
		new TreeMap<>(Map.copyOf(responses)).forEach(ordered::addApiResponse);
		if (responses.getExtensions() != null) {
			ordered.setExtensions(responses.getExtensions());
		}
		return ordered;
	}

	private static Content problemContent() {
		return new Content().addMediaType(PROBLEM_JSON,
				new MediaType().schema(new Schema<>().$ref(ProblemSchemas.PROBLEM_REF)));
	}

	private static boolean isError(String code) {
		return code.startsWith("4") || code.startsWith("5") || "default".equals(code);
	}

	private static List<Parameter> all(List<Parameter> first, List<Parameter> second) {
		return java.util.stream.Stream.of(first, second)
			.filter(java.util.Objects::nonNull)
			.flatMap(List::stream)
			.toList();
	}

}

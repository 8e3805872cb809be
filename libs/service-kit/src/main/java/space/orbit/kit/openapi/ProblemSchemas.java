package space.orbit.kit.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

/**
 * The {@code Problem} and {@code ProblemError} schemas of every document: RFC 9457 with
 * Orbit's members (docs/problems.md).
 */
final class ProblemSchemas {

	static final String PROBLEM_REF = "#/components/schemas/Problem";

	private ProblemSchemas() {
	}

	static void addTo(Components components) {
		components.addSchemas("ProblemError", error());
		components.addSchemas("Problem", problem());
	}

	private static Schema<?> problem() {
		Map<String, Schema> properties = new LinkedHashMap<>();
		properties.put("type",
				new StringSchema().format("uri")
					.description("The problem's type, from docs/problems.md")
					.example("urn:orbit:problem:invalid-request"));
		properties.put("title", new StringSchema().description("The type's title").example("Invalid request"));
		properties.put("status", new IntegerSchema().description("The HTTP status").example(422));
		properties.put("detail", new StringSchema().description("What happened and what to do, for people")
			.example("The request body is invalid at '/limit': must be at most 500."));
		properties.put("instance",
				new StringSchema().format("uri-reference").description("The request's path").example("/api/v1/jobs"));
		properties.put("requestId", new StringSchema().description("The X-Request-ID, also in the service's logs"));
		properties.put("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/ProblemError"))
			.description("Each thing wrong with the request (invalid-request, invalid-parameter)"));
		properties.put("errorCount",
				new IntegerSchema().description("How many errors there were, when 'errors' lists only the first"));
		properties.put("reason",
				new StringSchema().description("Why, for machines (conflict), snake_case").example("duplicate_email"));
		properties.put("maximum", new IntegerSchema().description("The largest value a parameter may take"));
		properties.put("retryAfterSeconds", new IntegerSchema().description("As the Retry-After header"));
		properties.put("dependency", new StringSchema().description("The broker or database that is unavailable"));
		ObjectSchema problem = new ObjectSchema();
		problem.description("An RFC 9457 problem: every error of every Orbit API (docs/problems.md)")
			.required(List.of("type", "title", "status", "detail", "instance"))
			.properties(properties)
			.additionalProperties(Boolean.TRUE);
		return problem;
	}

	private static Schema<?> error() {
		Map<String, Schema> properties = new LinkedHashMap<>();
		properties.put("pointer", new StringSchema().description("RFC 6901 JSON Pointer into the request body")
			.example("/frames/0/timestamp"));
		properties.put("parameter", new StringSchema().description("The query or path parameter").example("limit"));
		properties.put("detail",
				new StringSchema().description("What is wrong, for people").example("must be an ISO-8601 instant"));
		properties.put("reason",
				new StringSchema().description("Why, for machines (snake_case)").example("invalid_timestamp"));
		ObjectSchema error = new ObjectSchema();
		error.description("One thing wrong with a request: where, what and why")
			.required(List.of("detail"))
			.properties(properties);
		return error;
	}

}

package space.orbit.test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of a service's OpenAPI document called three times (ADR 0017): without
 * a token (401), with a token of a role too small for it (403), and with a token of the
 * role it declares (neither 401 nor 403). Generated from the document, so an operation
 * added to a service is covered the day it is documented; an operation that declares no
 * role fails. {@code /health} and {@code /metrics} answer without a token.
 */
public final class AccessMatrix {

	private static final List<String> PEOPLE = List.of("viewer", "operator", "admin");

	private AccessMatrix() {
	}

	/**
	 * Checks the committed document of {@code service} against the service on
	 * {@code port}, with tokens of the JVM's {@link TestIssuer}.
	 * @return what was called, one line per call, for the test's report
	 */
	public static List<String> assertEnforcedAsDocumented(int port, String service) {
		return assertEnforcedAsDocumented(port, ApiDocument.committed(service),
				(role) -> (role != null) ? TestIssuer.shared().token("matrix-" + role + "@orbit.space", role)
						: TestIssuer.shared().token("matrix-nobody@orbit.space"));
	}

	/**
	 * Checks {@code document} against the service on {@code port}.
	 * @param tokenFor a token of a role's name; of {@code null}: a valid token with no
	 * role
	 * @return what was called, one line per call
	 */
	public static List<String> assertEnforcedAsDocumented(int port, JsonNode document,
			Function<String, String> tokenFor) {
		Http anonymous = new Http(port);
		List<String> calls = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		for (String open : List.of("/health/liveness", "/metrics")) {
			int status = anonymous.get(open).status();
			calls.add("GET " + open + " without a token -> " + status);
			if (status != 200) {
				wrong.add("GET " + open + " without a token answered " + status + ", not 200");
			}
		}
		int operations = 0;
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
				if (!List.of("get", "put", "post", "delete", "patch").contains(entry.getKey())) {
					continue;
				}
				operations++;
				String method = entry.getKey().toUpperCase();
				JsonNode operation = entry.getValue();
				String name = method + " " + path.getKey();
				String role = operation.at("/security/0/orbit/0").asString(null);
				if (role == null) {
					wrong.add(name + " declares no role in its 'security'");
					continue;
				}
				String uri = uri(document, path.getKey(), operation);
				String body = body(document, operation);
				int none = anonymous.send(method, uri, body, Map.of()).status();
				calls.add(name + " without a token -> " + none);
				if (none != 401) {
					wrong.add(name + " without a token answered " + none + ", not 401");
				}
				String smaller = PEOPLE.contains(role)
						? ((PEOPLE.indexOf(role) > 0) ? PEOPLE.get(PEOPLE.indexOf(role) - 1) : null) : "admin";
				int small = anonymous.withToken(tokenFor.apply(smaller)).send(method, uri, body, Map.of()).status();
				calls.add(name + " as " + ((smaller != null) ? smaller : "no role") + " -> " + small);
				if (small != 403) {
					wrong.add(name + " with a token of " + ((smaller != null) ? "role " + smaller : "no role")
							+ " answered " + small + ", not 403 (it needs " + role + ")");
				}
				int right = anonymous.withToken(tokenFor.apply(role)).send(method, uri, body, Map.of()).status();
				calls.add(name + " as " + role + " -> " + right);
				if (right == 401 || right == 403) {
					wrong.add(name + " with a token of its own role " + role + " answered " + right);
				}
			}
		}
		assertThat(operations).as("operations in the document").isPositive();
		assertThat(wrong).as("operations whose access is not as documented").isEmpty();
		return calls;
	}

	private static String uri(JsonNode document, String template, JsonNode operation) {
		String path = template;
		List<String> query = new ArrayList<>();
		for (JsonNode reference : operation.path("parameters")) {
			JsonNode parameter = resolve(document, reference);
			String name = parameter.path("name").asString();
			String value = example(parameter);
			if ("path".equals(parameter.path("in").asString())) {
				path = path.replace("{" + name + "}",
						URLEncoder.encode((value != null) ? value : placeholder(parameter), StandardCharsets.UTF_8));
			}
			else if ("query".equals(parameter.path("in").asString()) && parameter.path("required").asBoolean(false)) {
				query.add(name + "="
						+ URLEncoder.encode((value != null) ? value : placeholder(parameter), StandardCharsets.UTF_8));
			}
		}
		return query.isEmpty() ? path : path + "?" + String.join("&", query);
	}

	private static String body(JsonNode document, JsonNode operation) {
		JsonNode json = operation.path("requestBody").path("content").path("application/json");
		if (json.isMissingNode()) {
			return null;
		}
		if (json.has("example")) {
			return json.get("example").toString();
		}
		for (Map.Entry<String, JsonNode> named : json.path("examples").properties()) {
			JsonNode example = resolve(document, named.getValue());
			boolean relative = ExampleRequests.RELATIVE_TO_NOW.equals(example.path("x-orbit-timestamps").asString(""));
			return (relative ? ExampleTimestamps.movedToNow(example.path("value")) : example.path("value")).toString();
		}
		return "{}";
	}

	private static String example(JsonNode parameter) {
		JsonNode example = parameter.has("example") ? parameter.get("example")
				: parameter.path("schema").path("example");
		return (example.isMissingNode() || example.isNull()) ? null
				: example.isString() ? example.asString() : example.toString();
	}

	private static String placeholder(JsonNode parameter) {
		JsonNode schema = parameter.path("schema");
		if ("uuid".equals(schema.path("format").asString())) {
			return "00000000-0000-4000-8000-000000000000";
		}
		return switch (schema.path("type").asString()) {
			case "integer", "number" -> "1";
			default -> "ORB-1";
		};
	}

	private static JsonNode resolve(JsonNode document, JsonNode node) {
		return node.has("$ref") ? document.at(node.get("$ref").asString().substring(1)) : node;
	}

}

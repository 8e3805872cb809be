package space.orbit.worker.jobs;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import space.orbit.test.TestIssuer;

import static org.awaitility.Awaitility.await;

/**
 * The worker's HTTP API from a test: submit, read, cancel, wait; submitting and
 * cancelling with an operator's token, reading with a viewer's (of the JVM's
 * {@link TestIssuer}).
 */
final class Api {

	static final String OPERATOR = "test-operator@orbit.space";

	static final String VIEWER = "test-viewer@orbit.space";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final String base;

	private final String operatorToken;

	private final String viewerToken;

	Api(String base) {
		this(base, OPERATOR);
	}

	private Api(String base, String operator) {
		this.base = base;
		this.operatorToken = TestIssuer.shared().token(operator, "operator");
		this.viewerToken = TestIssuer.shared().token(VIEWER, "viewer");
	}

	/** The same API, submitting and cancelling as the operator {@code subject}. */
	Api actingAs(String subject) {
		return new Api(this.base, subject);
	}

	HttpResponse<String> post(String body) {
		return send(HttpRequest.newBuilder(URI.create(this.base + "/api/v1/jobs"))
			.header("Authorization", "Bearer " + this.operatorToken)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Authorization", "Bearer " + this.viewerToken)
			.build());
	}

	HttpResponse<String> delete(String id) {
		return send(HttpRequest.newBuilder(URI.create(this.base + "/api/v1/jobs/" + id))
			.header("Authorization", "Bearer " + this.operatorToken)
			.DELETE()
			.build());
	}

	JsonNode job(String id) {
		return JSON.readTree(get("/api/v1/jobs/" + id).body());
	}

	/** Submits a job that must be accepted; its id. */
	String submit(String body) {
		HttpResponse<String> response = post(body);
		if (response.statusCode() != 202) {
			throw new AssertionError("expected 202, got " + response.statusCode() + ": " + response.body());
		}
		return JSON.readTree(response.body()).get("id").asString();
	}

	JsonNode awaitJob(String id, Predicate<JsonNode> condition, Duration timeout) {
		JsonNode[] last = new JsonNode[1];
		await().atMost(timeout).pollInterval(Duration.ofMillis(100)).until(() -> {
			last[0] = job(id);
			return condition.test(last[0]);
		});
		return last[0];
	}

	JsonNode awaitState(String id, String state, Duration timeout) {
		return awaitJob(id, (job) -> state.equals(job.path("state").asString()), timeout);
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package space.orbit.dashboard.flightdynamics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The worker's job API as the planner uses it: submit a job, read it back. Every failure
 * is a {@link WorkerException} that names the setting to look at.
 */
final class WorkerJobs {

	private final URI base;

	private final Duration timeout;

	private final PlannerToken token;

	private final JsonMapper json;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

	WorkerJobs(URI base, Duration timeout, PlannerToken token, JsonMapper json) {
		this.base = URI.create(base.toString().replaceAll("/+$", ""));
		this.timeout = timeout;
		this.token = token;
		this.json = json;
	}

	URI base() {
		return this.base;
	}

	/** Submits a job; its id. */
	String submit(Map<String, Object> job) throws WorkerException {
		HttpRequest.Builder request = request("/api/v1/jobs").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(this.json.writeValueAsBytes(job)));
		return send(request).get("id").asString();
	}

	/** The job as the worker has it now (state, and its result once SUCCEEDED). */
	JsonNode job(String id) throws WorkerException {
		return send(request("/api/v1/jobs/" + id).GET());
	}

	private HttpRequest.Builder request(String path) throws WorkerException {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(this.timeout)
			.header("Accept", "application/json");
		String bearer = this.token.current();
		if (bearer != null) {
			builder.header("Authorization", "Bearer " + bearer);
		}
		return builder;
	}

	private JsonNode send(HttpRequest.Builder request) throws WorkerException {
		HttpResponse<byte[]> response;
		try {
			response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new WorkerException(WorkerException.Kind.UNAVAILABLE, "The worker at " + this.base
					+ " did not answer (" + ex + "): check orbit.dashboard.upstream.worker (ORBIT_WORKER_URL)");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new WorkerException(WorkerException.Kind.UNAVAILABLE, "Interrupted");
		}
		int status = response.statusCode();
		String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
		if (status == 401 || status == 403) {
			this.token.refused();
			throw new WorkerException(WorkerException.Kind.REFUSED,
					"The worker at " + this.base + " answered " + status
							+ ": the planner's client (orbit.dashboard.flight-dynamics.client.id) needs a token "
							+ "with the operator role (ORBIT_DASHBOARD_PLANNER_CLIENT_SECRET = the auth service's "
							+ "ORBIT_AUTH_DASHBOARD_PLANNER_SECRET)");
		}
		if (status >= 500) {
			throw new WorkerException(WorkerException.Kind.UNAVAILABLE,
					"The worker at " + this.base + " answered " + status + ": " + abbreviated(body));
		}
		if (status >= 400) {
			throw new WorkerException(WorkerException.Kind.REJECTED,
					"The worker rejected the job (" + status + "): " + abbreviated(body));
		}
		try {
			return this.json.readTree(response.body());
		}
		catch (JacksonException ex) {
			throw new WorkerException(WorkerException.Kind.UNAVAILABLE,
					"The worker at " + this.base + " answered what is not JSON: " + abbreviated(body));
		}
	}

	private static String abbreviated(String body) {
		return (body.length() > 300) ? body.substring(0, 300) + "..." : body;
	}

}

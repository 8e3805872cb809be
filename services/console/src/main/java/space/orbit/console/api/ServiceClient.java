package space.orbit.console.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP to one service's API: every request carries the {@link Credentials} of
 * the person acting (a bearer token, or without a login their name in
 * {@code X-Orbit-User}); a problem answer becomes a {@link ServiceProblemException}, no
 * answer (or 503) a {@link ServiceUnavailableException}.
 */
public final class ServiceClient {

	public static final String OPERATOR_HEADER = "X-Orbit-User";

	static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final String service;

	private final URI base;

	private final Duration timeout;

	private final Credentials credentials;

	private final HttpClient http;

	public ServiceClient(String service, URI base, Duration timeout, Credentials credentials) {
		this.service = service;
		this.base = base;
		this.timeout = timeout;
		this.credentials = credentials;
		this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
	}

	/** Without a login: every request names the operator in {@code X-Orbit-User}. */
	public ServiceClient(String service, URI base, Duration timeout, Supplier<String> operator) {
		this(service, base, timeout, Credentials.operatorHeader(operator));
	}

	public String service() {
		return this.service;
	}

	public URI base() {
		return this.base;
	}

	public JsonNode get(String pathAndQuery) {
		return send("GET", pathAndQuery, null);
	}

	public <T> T get(String pathAndQuery, Class<T> type) {
		return JSON.treeToValue(get(pathAndQuery), type);
	}

	/** Sends a JSON body (a record, a map or a JsonNode; null for none). */
	public JsonNode send(String method, String pathAndQuery, Object body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.base.resolve(pathAndQuery))
			.timeout(this.timeout)
			.header("Accept", "application/json, application/problem+json");
		try {
			this.credentials.sign(request);
		}
		catch (IllegalStateException ex) {
			throw new ServiceUnavailableException(this.service, this.base, ex.getMessage(), ex);
		}
		if (body != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		HttpResponse<String> response;
		try {
			response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new ServiceUnavailableException(this.service, this.base, describe(ex), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ServiceUnavailableException(this.service, this.base, "interrupted", ex);
		}
		return answer(response);
	}

	/**
	 * A GET whose answer is read as it arrives (a CSV export): the open response, its
	 * body unread; close its body. A problem or no answer throws as {@link #send} does.
	 * No timeout on the body: only on the wait for the answer's head.
	 */
	public HttpResponse<InputStream> stream(String pathAndQuery, String accept) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.base.resolve(pathAndQuery))
			.header("Accept", accept + ", application/problem+json")
			.GET();
		try {
			this.credentials.sign(request);
		}
		catch (IllegalStateException ex) {
			throw new ServiceUnavailableException(this.service, this.base, ex.getMessage(), ex);
		}
		HttpResponse<InputStream> response;
		try {
			response = this.http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream())
				.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			IOException cause = (ex.getCause() instanceof IOException io) ? io : new IOException(ex.getCause());
			throw new ServiceUnavailableException(this.service, this.base, describe(cause), cause);
		}
		catch (TimeoutException ex) {
			throw new ServiceUnavailableException(this.service, this.base, "no answer within " + this.timeout, null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ServiceUnavailableException(this.service, this.base, "interrupted", ex);
		}
		if (response.statusCode() >= 400) {
			String body;
			try (InputStream in = response.body()) {
				body = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				body = "";
			}
			answer(new TextAnswer(response.statusCode(), body));
		}
		return response;
	}

	private JsonNode answer(HttpResponse<String> response) {
		return answer(new TextAnswer(response.statusCode(), response.body()));
	}

	private JsonNode answer(TextAnswer response) {
		int status = response.statusCode();
		if (status == 503 || status == 502 || status == 504) {
			String detail = problemDetail(response.body());
			throw (detail != null) ? ServiceUnavailableException.answered(this.service, this.base, status, detail)
					: new ServiceUnavailableException(this.service, this.base, "HTTP " + status, null);
		}
		if (status >= 400) {
			throw new ServiceProblemException(this.service, problem(status, response.body()));
		}
		String body = response.body();
		if (body == null || body.isBlank()) {
			return JSON.createObjectNode();
		}
		try {
			return JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw new ServiceProblemException(this.service, new Problem(null, "Unreadable answer", status,
					"The " + this.service + " answered HTTP " + status + " with a body that is not JSON.", null));
		}
	}

	private String problemDetail(String body) {
		try {
			return JSON.readTree(body).path("detail").asString(null);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			return null;
		}
	}

	private Problem problem(int status, String body) {
		try {
			Problem problem = JSON.readValue(body, Problem.class);
			return (problem.status() != 0) ? problem
					: new Problem(problem.type(), problem.title(), status, problem.detail(), problem.errors());
		}
		catch (JacksonException | IllegalArgumentException ex) {
			return new Problem(null, "HTTP " + status, status,
					"The " + this.service + " answered HTTP " + status + " without a problem body.", null);
		}
	}

	/** Why a connection failed, in words an operator reads (no class names). */
	static String describe(IOException ex) {
		if (ex instanceof ConnectException) {
			return "nothing answers there: connection refused";
		}
		if (ex instanceof HttpTimeoutException) {
			return "no answer in time";
		}
		return (ex.getMessage() != null) ? "the connection failed: " + ex.getMessage() : "the connection failed";
	}

	/** An answer's status and body as text. */
	private record TextAnswer(int statusCode, String body) {
	}

}

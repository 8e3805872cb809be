package space.orbit.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON over HTTP to a service under test (its port on 127.0.0.1). */
public final class Http {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final int port;

	private final Map<String, String> headers;

	public Http(int port) {
		this(port, Map.of());
	}

	private Http(int port, Map<String, String> headers) {
		this.port = port;
		this.headers = headers;
	}

	/** The same client, sending {@code name: value} with every request. */
	public Http withHeader(String name, String value) {
		Map<String, String> headers = new LinkedHashMap<>(this.headers);
		headers.put(name, value);
		return new Http(this.port, Map.copyOf(headers));
	}

	/** The same client, sending {@code token} as its bearer token. */
	public Http withToken(String token) {
		return withHeader("Authorization", "Bearer " + token);
	}

	/**
	 * The same client, acting as a person with {@code role} (viewer, operator, admin),
	 * with a token of the JVM's {@link TestIssuer}.
	 */
	public Http as(String role) {
		return withToken(TestIssuer.shared().token("test-" + role + "@orbit.space", role));
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	public Response put(String path, String body) {
		return send(json(path).PUT(HttpRequest.BodyPublishers.ofString(body)));
	}

	public Response delete(String path) {
		return send(request(path).DELETE());
	}

	public Response post(String path, String body) {
		return send(json(path).POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** A POST with a W3C trace context of the caller's. */
	public Response post(String path, String body, String traceparent) {
		return send(json(path).header("traceparent", traceparent).POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** A POST with another media type. */
	public Response postAs(String path, String contentType, String body) {
		return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Any method, with a JSON body (or none) and extra headers. */
	public Response send(String method, String path, String jsonBody, Map<String, String> extraHeaders) {
		HttpRequest.Builder request = (jsonBody != null) ? json(path) : request(path);
		extraHeaders.forEach(request::header);
		return send(request.method(method, (jsonBody != null) ? HttpRequest.BodyPublishers.ofString(jsonBody)
				: HttpRequest.BodyPublishers.noBody()));
	}

	private HttpRequest.Builder json(String path) {
		return request(path).header("Content-Type", "application/json");
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		this.headers.forEach(request::header);
		return request;
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Location").orElse(null), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A response.
	 *
	 * @param status the HTTP status
	 * @param contentType its media type
	 * @param location its Location header, or null
	 * @param body its body
	 */
	public record Response(int status, String contentType, String location, String body) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

	}

}

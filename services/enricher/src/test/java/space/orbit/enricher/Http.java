package space.orbit.enricher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON over HTTP to a service under test. */
public final class Http {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final int port;

	public Http(int port) {
		this.port = port;
	}

	public Response get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	public Response post(String path, String body) {
		return send(json(path).POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** A POST with a W3C trace context. */
	public Response post(String path, String body, String traceparent) {
		return send(json(path).header("traceparent", traceparent).POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpRequest.Builder json(String path) {
		return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json");
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
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
	 * @param body its body
	 */
	public record Response(int status, String contentType, String body) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

	}

}

package space.orbit.dashboard.pipeline;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import space.orbit.dashboard.login.UserToken;
import space.orbit.dashboard.pipeline.PipelineView.Figure;

/**
 * The open alerts, counted through the analyzer's API
 * ({@code GET /api/v1/alerts?state=OPEN}, every page up to {@link #MAX_PAGES}) with the
 * caller's token when there is a login.
 */
final class OpenAlerts {

	static final int PAGE = 500;

	static final int MAX_PAGES = 10;

	private static final Logger log = LoggerFactory.getLogger(OpenAlerts.class);

	private final URI analyzer;

	private final Duration timeout;

	private final UserToken tokens;

	private final JsonMapper json;

	private final HttpClient http;

	OpenAlerts(URI analyzer, Duration timeout, UserToken tokens, JsonMapper json) {
		this.analyzer = analyzer;
		this.timeout = timeout;
		this.tokens = tokens;
		this.json = json;
		this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
	}

	/** The figure: their number, or not answered. */
	Figure count() {
		String bearer = (this.tokens != null) ? "Bearer " + this.tokens.current() : null;
		long count = 0;
		String after = null;
		try {
			for (int page = 0; page < MAX_PAGES; page++) {
				JsonNode body = page(after, bearer);
				if (body == null) {
					return Figure.silent("openAlerts", "analyzer", "alerts");
				}
				count += body.path("items").size();
				JsonNode next = body.get("next");
				if (next == null || next.isNull()) {
					break;
				}
				after = next.asString();
			}
		}
		catch (IOException | JacksonException ex) {
			log.debug("The analyzer at {} did not answer: {}", this.analyzer, ex.toString());
			return Figure.silent("openAlerts", "analyzer", "alerts");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Figure.silent("openAlerts", "analyzer", "alerts");
		}
		return new Figure("openAlerts", "analyzer", true, (double) count, "alerts");
	}

	private JsonNode page(String after, String bearer) throws IOException, InterruptedException {
		String query = "state=OPEN&limit=" + PAGE
				+ ((after != null) ? "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8) : "");
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create(this.analyzer.toString().replaceAll("/+$", "") + "/api/v1/alerts?" + query))
			.timeout(this.timeout)
			.header("Accept", "application/json");
		if (bearer != null) {
			request.header(HttpHeaders.AUTHORIZATION, bearer);
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		return (response.statusCode() == 200) ? this.json.readTree(response.body()) : null;
	}

}

package space.orbit.analyzer.backtest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

import space.orbit.analyzer.AnalyzerProperties;
import space.orbit.kit.security.Actor;
import space.orbit.kit.web.DependencyUnavailableException;
import space.orbit.kit.web.InvalidRequestException;

/**
 * Reads one parameter's raw archive from the enricher ({@code GET
 * {enricher-url}/api/v1/archive/samples}, 10,000 samples a page, following {@code next}),
 * with the caller's own bearer token. The enricher down, slow or failing is a 503 naming
 * it and the setting that points at it.
 */
@Component
class EnricherArchive {

	static final int PAGE = 10_000;

	static final String SETTING = "orbit.analyzer.enricher-url, ORBIT_ENRICHER_URL";

	private static final Duration RETRY = Duration.ofSeconds(5);

	private final RestClient client;

	private final URI url;

	private final Duration timeout;

	EnricherArchive(AnalyzerProperties properties, ObjectProvider<ObservationRegistry> observations) {
		this.url = properties.enricherUrl();
		this.timeout = properties.backtest().enricherTimeout();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
		factory.setReadTimeout(this.timeout);
		this.client = RestClient.builder()
			.baseUrl(this.url.toString())
			.requestFactory(factory)
			.observationRegistry(observations.getIfAvailable(() -> ObservationRegistry.NOOP))
			.build();
	}

	/** One page of samples; {@code after} null for the first. */
	JsonNode page(String spacecraftId, String parameter, Instant from, Instant to, String after) {
		try {
			JsonNode page = this.client.get().uri((uri) -> {
				uri.path("/api/v1/archive/samples")
					.queryParam("spacecraftId", spacecraftId)
					.queryParam("parameter", parameter)
					.queryParam("from", from.toString())
					.queryParam("to", to.toString())
					.queryParam("limit", PAGE);
				if (after != null) {
					uri.queryParam("after", after);
				}
				return uri.build();
			}).headers(this::token).retrieve().body(JsonNode.class);
			if (page == null) {
				throw unavailable("answered nothing", null);
			}
			return page;
		}
		catch (HttpStatusCodeException ex) {
			throw refused(ex);
		}
		catch (ResourceAccessException ex) {
			boolean slow = cause(ex, HttpTimeoutException.class) || cause(ex, java.net.SocketTimeoutException.class);
			throw unavailable(slow
					? "did not answer within " + this.timeout.toSeconds()
							+ " s (orbit.analyzer.backtest.enricher-timeout)"
					: "does not answer (" + ex.getMessage() + ")", ex);
		}
		catch (RestClientException ex) {
			throw unavailable("answered what is not a page of samples (" + ex.getMessage() + ")", ex);
		}
	}

	private void token(HttpHeaders headers) {
		var token = Actor.token();
		if (token != null) {
			headers.setBearerAuth(token.getTokenValue());
		}
	}

	private RuntimeException refused(HttpStatusCodeException ex) {
		String detail = detail(ex);
		if (ex.getStatusCode().value() == 400) {
			return new InvalidRequestException("The enricher refused to read the archive: " + detail,
					List.of(space.orbit.kit.web.ProblemError.at("", detail)));
		}
		return unavailable("answered " + ex.getStatusCode().value() + ": " + detail, ex);
	}

	private DependencyUnavailableException unavailable(String what, Throwable cause) {
		return new DependencyUnavailableException("enricher", "The enricher at " + this.url + " (" + SETTING + ") "
				+ what + "; the backtest ran nothing: retry when it answers.", RETRY, cause);
	}

	private static String detail(HttpStatusCodeException ex) {
		try {
			JsonNode problem = ex.getResponseBodyAs(JsonNode.class);
			if (problem != null && problem.path("detail").isString()) {
				return problem.path("detail").asString();
			}
		}
		catch (RuntimeException ignored) {
			// not a problem document: the status says enough
		}
		return ex.getStatusText();
	}

	private static boolean cause(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return true;
			}
		}
		return false;
	}

}

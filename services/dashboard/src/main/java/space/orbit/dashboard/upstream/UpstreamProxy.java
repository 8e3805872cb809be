package space.orbit.dashboard.upstream;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import space.orbit.dashboard.DashboardProperties;
import space.orbit.dashboard.login.UserToken;
import space.orbit.kit.security.OperatorAccess;
import space.orbit.kit.security.ViewerAccess;
import space.orbit.kit.web.DependencyUnavailableException;

/**
 * The owning services' APIs through the dashboard's origin, unchanged: the page reads
 * history and acts (acknowledge, shelve) where the data lives, never in a database of the
 * dashboard's. Status, body and content type pass through (problems included); an
 * unreachable service is a 503 {@code dependency-unavailable} naming it and its setting.
 * Their documents are theirs (docs/api/), so these routes are not in the dashboard's.
 * With a login ({@code orbit.security.enabled}) each request carries the logged-in
 * person's access token ({@link UserToken}): the services decide as for anyone else.
 */
@Hidden
@RestController
class UpstreamProxy {

	private static final Logger log = LoggerFactory.getLogger(UpstreamProxy.class);

	private static final List<String> PASSED_HEADERS = List.of("X-Request-ID", "traceparent");

	private final DashboardProperties.Upstream upstream;

	private final HttpClient http;

	private final UserToken tokens;

	UpstreamProxy(DashboardProperties properties, ObjectProvider<UserToken> tokens) {
		this.upstream = properties.upstream();
		this.tokens = tokens.getIfAvailable();
		this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
	}

	@GetMapping({ "/api/v1/alerts", "/api/v1/alerts/*" })
	@ViewerAccess
	ResponseEntity<byte[]> alerts(HttpServletRequest request) {
		return forward("analyzer", this.upstream.analyzer(), request, null);
	}

	@PostMapping("/api/v1/alerts/*/*")
	@OperatorAccess
	ResponseEntity<byte[]> alertAction(HttpServletRequest request, @RequestBody byte[] body) {
		return forward("analyzer", this.upstream.analyzer(), request, body);
	}

	@GetMapping({ "/api/v1/spacecraft", "/api/v1/spacecraft/*", "/api/v1/parameters", "/api/v1/parameters/*/*",
			"/api/v1/missions", "/api/v1/missions/*" })
	@ViewerAccess
	ResponseEntity<byte[]> missionDatabase(HttpServletRequest request) {
		return forward("processor", this.upstream.processor(), request, null);
	}

	@GetMapping({ "/api/v1/archive/samples", "/api/v1/archive/steps" })
	@ViewerAccess
	ResponseEntity<byte[]> archive(HttpServletRequest request) {
		return forward("enricher", this.upstream.enricher(), request, null);
	}

	@GetMapping({ "/api/v1/jobs", "/api/v1/jobs/*" })
	@ViewerAccess
	ResponseEntity<byte[]> jobs(HttpServletRequest request) {
		return forward("worker", this.upstream.worker(), request, null);
	}

	@PostMapping("/api/v1/jobs")
	@OperatorAccess
	ResponseEntity<byte[]> submitJob(HttpServletRequest request, @RequestBody byte[] body) {
		return forward("worker", this.upstream.worker(), request, body);
	}

	private ResponseEntity<byte[]> forward(String service, URI base, HttpServletRequest request, byte[] body) {
		String query = request.getQueryString();
		URI target = URI.create(
				base.toString().replaceAll("/+$", "") + request.getRequestURI() + ((query != null) ? "?" + query : ""));
		HttpRequest.Builder outgoing = HttpRequest.newBuilder(target).timeout(this.upstream.timeout());
		for (String header : PASSED_HEADERS) {
			String value = request.getHeader(header);
			if (value != null) {
				outgoing.header(header, value);
			}
		}
		if (this.tokens != null) {
			outgoing.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.tokens.current());
		}
		if (body != null) {
			outgoing.header("Content-Type",
					(request.getContentType() != null) ? request.getContentType() : "application/json");
			outgoing.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		}
		try {
			HttpResponse<byte[]> response = this.http.send(outgoing.build(), HttpResponse.BodyHandlers.ofByteArray());
			HttpHeaders headers = new HttpHeaders();
			response.headers()
				.firstValue("Content-Type")
				.ifPresent((type) -> headers.set(HttpHeaders.CONTENT_TYPE, type));
			response.headers()
				.firstValue("Retry-After")
				.ifPresent((after) -> headers.set(HttpHeaders.RETRY_AFTER, after));
			return ResponseEntity.status(response.statusCode()).headers(headers).body(response.body());
		}
		catch (IOException ex) {
			log.warn("The {} at {} did not answer: {}", service, base, ex.toString());
			throw new DependencyUnavailableException(service,
					"The " + service + " at " + base + " did not answer (orbit.dashboard.upstream." + service
							+ ", environment ORBIT_" + service.toUpperCase(java.util.Locale.ROOT) + "_URL)",
					Duration.ofSeconds(5), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DependencyUnavailableException(service, "Interrupted", Duration.ofSeconds(1), ex);
		}
	}

}

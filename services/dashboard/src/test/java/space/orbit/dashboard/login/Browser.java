package space.orbit.dashboard.login;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A browser as far as a login needs one: it keeps cookies and follows redirects one at a
 * time, so a test sees each.
 */
final class Browser {

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String origin;

	Browser(String origin) {
		this.origin = origin;
	}

	HttpResponse<String> get(String pathOrUrl) {
		return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET(), Map.of());
	}

	HttpResponse<String> get(String pathOrUrl, Map<String, String> headers) {
		return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET(), headers);
	}

	HttpResponse<String> post(String path, String contentType, String body, Map<String, String> headers) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body)), headers);
	}

	/** Follows the redirect {@code response} names. */
	HttpResponse<String> follow(HttpResponse<String> response) {
		String location = response.headers().firstValue("Location").orElseThrow();
		return get(response.uri().resolve(location).toString());
	}

	/** The value of the cookie {@code name} the dashboard set, or null. */
	String cookie(String name) {
		return this.cookies.getCookieStore()
			.get(URI.create(this.origin))
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	/**
	 * Opens the dashboard's page and logs in (whoever the auth service's stand-in lets
	 * in); ends on the dashboard's answer to the code.
	 */
	HttpResponse<String> logIn() {
		HttpResponse<String> page = get("/");
		HttpResponse<String> start = follow(page);
		HttpResponse<String> authorize = follow(start);
		return follow(authorize);
	}

	private URI uri(String pathOrUrl) {
		return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : this.origin + pathOrUrl);
	}

	private HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> headers) {
		headers.forEach(request::header);
		try {
			return this.http.send(request.timeout(Duration.ofSeconds(20)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

package space.orbit.auth.login;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser as far as a login needs one: cookies kept, redirects not followed (each is
 * looked at), HTML asked for.
 */
final class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client;

	Browser() {
		this(null);
	}

	/**
	 * A browser whose connections come from this local address (another loopback one).
	 */
	Browser(InetAddress from) {
		HttpClient.Builder builder = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER);
		this.client = ((from != null) ? builder.localAddress(from) : builder).build();
	}

	HttpResponse<String> get(String uri) {
		return send(HttpRequest.newBuilder(URI.create(uri))
			.header("Accept", "text/html,application/xhtml+xml")
			.GET()
			.build());
	}

	HttpResponse<String> postForm(String uri, Map<String, String> fields) {
		return send(HttpRequest.newBuilder(URI.create(uri))
			.header("Accept", "text/html,application/xhtml+xml")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(fields)))
			.build());
	}

	/** The login form's CSRF token. */
	static String csrfToken(HttpResponse<String> loginPage) {
		Matcher csrf = CSRF.matcher(loginPage.body());
		assertThat(csrf.find()).as("a CSRF field in the login page:\n%s", loginPage.body()).isTrue();
		return csrf.group(1);
	}

	static String location(HttpResponse<String> response) {
		assertThat(response.statusCode()).as("a redirect: %s", response.body()).isEqualTo(302);
		return response.headers().firstValue("Location").orElseThrow();
	}

	static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

package space.orbit.deploy;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's login to the dashboard or the console as a browser makes it, hop by hop with
 * its cookies (authorization code with PKCE, ADR 0017): the page sends it to the auth
 * service at the address a browser reaches (the published port, not the containers' inner
 * {@code auth}), the auth service's login form takes the e-mail and password, and the
 * code comes back to the address the client is registered with. Each hop's address is
 * checked, so a stack that would send a browser to a name it cannot resolve fails here.
 */
final class BrowserLogin {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final List<URI> hops = new ArrayList<>();

	/**
	 * Logs in at {@code app} (e.g. http://127.0.0.1:18080) through the auth service at
	 * {@code auth}; returns the answer of {@code check} (a path of the app) afterwards.
	 */
	HttpResponse<String> logIn(URI app, URI auth, String email, String password, String check) {
		HttpResponse<String> answer = follow(get(app.resolve("/")));
		assertThat(answer.uri().getAuthority()).as("the app sends the browser to the auth service: %s", this.hops)
			.isEqualTo(auth.getAuthority());
		assertThat(answer.uri().getPath()).as("the auth service's login page: %s", this.hops).isEqualTo("/login");
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		Matcher csrf = CSRF.matcher(answer.body());
		assertThat(csrf.find()).as("the login form's CSRF field: %s", answer.body()).isTrue();
		String form = "email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
		answer = follow(send(HttpRequest.newBuilder(auth.resolve("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))));
		assertThat(this.hops).as("the code comes back to the app's registered address")
			.anySatisfy((hop) -> assertThat(hop.getAuthority() + hop.getPath())
				.isEqualTo(app.getAuthority() + "/login/oauth2/code/orbit"));
		assertThat(answer.uri().getAuthority()).as("back at the app: %s", this.hops).isEqualTo(app.getAuthority());
		return send(HttpRequest.newBuilder(app.resolve(check)).header("Accept", "application/json").GET());
	}

	private HttpResponse<String> follow(HttpResponse<String> answer) {
		HttpResponse<String> current = answer;
		for (int i = 0; i < 10 && current.statusCode() / 100 == 3; i++) {
			URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
			current = get(next);
		}
		return current;
	}

	private HttpResponse<String> get(URI uri) {
		return send(HttpRequest.newBuilder(uri).GET());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
		this.hops.add(built.uri());
		try {
			return this.http.send(built, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new AssertionError("a browser cannot reach " + built.uri() + " (hops " + this.hops + ")", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}

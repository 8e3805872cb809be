package space.orbit.test;

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
import java.util.stream.Collectors;

/**
 * A person's login to the dashboard or the console as a browser makes it, hop by hop with
 * its cookie jar (authorization code with PKCE, ADR 0017): the app sends it to the auth
 * service's login page, the form takes the e-mail and password, the code comes back to
 * the app. Each hop is kept ({@link #hops()}), so a caller can check every address a
 * browser was sent to; a hop that goes wrong fails with the hops so far. Used by the
 * Compose test and by {@code ./orbit bench --dashboard}, whose stream clients share the
 * session.
 */
public final class BrowserLogin {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	/**
	 * The login form's field for the account (the auth service names it {@code email}).
	 */
	private static final Pattern ACCOUNT = Pattern
		.compile("<input[^>]*name=\"([^\"]+)\"[^>]*autocomplete=\"username\"");

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final List<URI> hops = new ArrayList<>();

	private final URI app;

	private URI landed;

	private BrowserLogin(URI app) {
		this.app = app;
	}

	/**
	 * Logs in at {@code app} (e.g. http://127.0.0.1:18080) through the auth service at
	 * {@code auth} (the address a browser reaches).
	 * @throws IllegalStateException when the app does not send the browser to the auth
	 * service's login page, the page has no form, or a hop cannot be reached
	 */
	public static BrowserLogin logIn(URI app, URI auth, String email, String password) {
		BrowserLogin login = new BrowserLogin(app);
		HttpResponse<String> answer = login.follow(login.get(app.resolve("/")));
		if (!auth.getAuthority().equals(answer.uri().getAuthority()) || !"/login".equals(answer.uri().getPath())
				|| answer.statusCode() != 200) {
			throw new IllegalStateException("the app at " + app + " did not send the browser to the auth service's "
					+ "login page " + auth.resolve("/login") + " (ORBIT_AUTH_BROWSER_URL; is security on?): hops "
					+ login.hops);
		}
		Matcher csrf = CSRF.matcher(answer.body());
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF field on the login page " + answer.uri() + ": " + answer.body());
		}
		Matcher account = ACCOUNT.matcher(answer.body());
		String field = account.find() ? account.group(1) : "email";
		String form = field + "=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
		answer = login.follow(login.send(HttpRequest.newBuilder(auth.resolve("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))));
		login.landed = answer.uri();
		return login;
	}

	/** Every address the browser was sent to, in order. */
	public List<URI> hops() {
		return List.copyOf(this.hops);
	}

	/** Where the login ended (the app, when it worked). */
	public URI landed() {
		return this.landed;
	}

	/** A GET of the app's {@code path} with the session, as JSON. */
	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(this.app.resolve(path)).header("Accept", "application/json").GET());
	}

	/** A client that sends the session's cookies (HTTP/1.1: one connection a stream). */
	public HttpClient client() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(this.cookies)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/** The Cookie header a browser sends the app, for a raw socket. */
	public String cookieHeader() {
		return this.cookies.getCookieStore()
			.get(this.app)
			.stream()
			.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
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
			throw new IllegalStateException("a browser cannot reach " + built.uri() + " (hops " + this.hops + ")", ex);
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

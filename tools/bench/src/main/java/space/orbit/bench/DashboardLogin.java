package space.orbit.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A dashboard session, made as a browser makes it (authorization code with PKCE, ADR
 * 0017), hop by hop with a cookie jar: the dashboard sends us to the auth service's login
 * page, its form takes the e-mail and password, the code comes back to the dashboard. The
 * session's cookies then serve every stream client.
 */
final class DashboardLogin {

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

	private DashboardLogin(URI app) {
		this.app = app;
	}

	/**
	 * Logs in at the dashboard {@code app} through the auth service {@code auth}.
	 * @throws IllegalStateException naming the hop and the setting to check
	 */
	static DashboardLogin logIn(URI app, URI auth, String email, Path passwordFile) {
		String password;
		try {
			password = Files.readString(passwordFile).strip();
		}
		catch (IOException ex) {
			throw new IllegalStateException(
					"cannot read the administrator's password from " + passwordFile
							+ " (ORBIT_BOOTSTRAP_ADMIN_PASSWORD_FILE; ./orbit up writes .orbit/secrets/admin-password)",
					ex);
		}
		DashboardLogin login = new DashboardLogin(app);
		HttpResponse<String> answer = login.follow(login.get(app.resolve("/")));
		if (!auth.getAuthority().equals(answer.uri().getAuthority()) || !"/login".equals(answer.uri().getPath())) {
			throw new IllegalStateException("the dashboard did not send us to the auth service's login page "
					+ auth.resolve("/login") + " (ORBIT_AUTH_URL; is security on?): hops " + login.hops);
		}
		Matcher csrf = CSRF.matcher(answer.body());
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF field on the login page " + answer.uri());
		}
		Matcher account = ACCOUNT.matcher(answer.body());
		String field = account.find() ? account.group(1) : "email";
		String form = field + "=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
		answer = login.follow(login.send(HttpRequest.newBuilder(auth.resolve("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))));
		HttpResponse<String> me = login
			.send(HttpRequest.newBuilder(app.resolve("/api/v1/me")).header("Accept", "application/json").GET());
		if (me.statusCode() != 200) {
			throw new IllegalStateException("the login of " + email + " did not give a dashboard session (/api/v1/me: "
					+ me.statusCode() + "); check ORBIT_BOOTSTRAP_ADMIN_EMAIL and the password in " + passwordFile
					+ "; hops " + login.hops);
		}
		return login;
	}

	/** A client that sends the session's cookies (HTTP/1.1: one connection a stream). */
	HttpClient client() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(this.cookies)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/** The Cookie header a browser sends the dashboard, for a raw socket. */
	String cookieHeader() {
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
			throw new IllegalStateException(
					"cannot reach " + built.uri() + " (hops " + this.hops + "); is the stack up? (./orbit status)", ex);
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

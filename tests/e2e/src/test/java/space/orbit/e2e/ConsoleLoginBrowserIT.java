package space.orbit.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import space.orbit.test.Http;
import space.orbit.test.OidcLogin;
import space.orbit.test.ServiceProcess;
import space.orbit.test.TestKafka;
import space.orbit.test.TestNames;
import space.orbit.test.TestPostgres;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console's login end to end (ADR 0017, "console"): the auth service, the users
 * service, the analyzer and the console as their own JVMs with security on, each trusting
 * only the real auth service. A person opening the console in the Debian chromium is sent
 * to the auth service's login page (authorization code with PKCE), logs in there and sees
 * the console with their name and role; an admin is offered acknowledge, a viewer is not,
 * and the analyzer refuses the viewer's token 403; logging out ends both sessions.
 */
class ConsoleLoginBrowserIT {

	private static final String ADMIN = "flight.director@orbit.space";

	private static final String ADMIN_PASSWORD = "Vostok-1 launched 1961";

	private static final String VIEWER_PASSWORD = "Salyut-1 docked 1971";

	/**
	 * Short-lived access tokens, so that the console has to refresh one within a test.
	 */
	private static final Duration TOKEN_LIFETIME = Duration.ofSeconds(10);

	private static final HttpClient NO_REDIRECTS = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	static final TestPostgres analyzerPostgres = TestPostgres.newSchema("analyzer_console");

	static final AuthStack stack = new AuthStack("console-login");

	static String consoleSecret;

	static String authUrl;

	static String consoleUrl;

	static String redirectUri;

	static ServiceProcess users;

	static ServiceProcess analyzer;

	static ServiceProcess console;

	@BeforeAll
	static void start() throws IOException {
		int consolePort = ServiceProcess.freePort();
		authUrl = stack.url();
		consoleUrl = "http://127.0.0.1:" + consolePort;
		redirectUri = consoleUrl + "/login/oauth2/code/orbit";
		consoleSecret = stack.client("console");
		stack.redirect("console", redirectUri)
			.authProperty("orbit.auth.access-token-time-to-live", TOKEN_LIFETIME.toSeconds() + "s")
			.usersProperty("orbit.users.bootstrap-admin.name", "Sergei Korolev");
		stack.start(ADMIN, ADMIN_PASSWORD);
		users = stack.users();

		Map<String, String> analyzerEnvironment = stack.trust();
		analyzerEnvironment.put("ORBIT_KAFKA_BOOTSTRAP", TestKafka.bootstrapServers());
		String analyzerId = TestNames.unique("e2e-console-login-analyzer-");
		analyzer = ServiceProcess.start("analyzer", Spine.jar("analyzer"), ServiceProcess.freePort(),
				analyzerEnvironment,
				Map.of("orbit.analyzer.schema", analyzerPostgres.schema(), "orbit.analyzer.telemetry-topic",
						TestNames.unique("e2e-console-login-telemetry-"), "orbit.analyzer.alerts-topic",
						TestNames.unique("e2e-console-login-alerts-"), "orbit.analyzer.rules-topic",
						TestNames.unique("e2e-console-login-rules-"), "orbit.analyzer.streams.application-id",
						analyzerId, "orbit.analyzer.streams.state-dir",
						Files.createTempDirectory("orbit-console-login-analyzer").toString(),
						"orbit.analyzer.alerts.consumer-group", analyzerId + "-alerts",
						// An expired token is refused at once, not 30 s later.
						"orbit.security.clock-skew", "1s"),
				Spine.logs());

		Map<String, String> consoleEnvironment = stack.trust();
		consoleEnvironment.put("ORBIT_CONSOLE_CLIENT_SECRET", consoleSecret);
		Map<String, String> consoleProperties = new HashMap<>();
		consoleProperties.put("orbit.console.services.analyzer", "http://127.0.0.1:" + analyzer.port());
		String nothing = "http://127.0.0.1:" + ServiceProcess.freePort();
		for (String down : List.of("processor", "worker", "enricher", "orders", "inventory")) {
			consoleProperties.put("orbit.console.services." + down, nothing);
		}
		consoleProperties.put("orbit.console.services.users", stack.usersUrl());
		consoleProperties.put("orbit.console.timeout", "30s");
		console = ServiceProcess.start("console", Spine.jar("console"), consolePort, consoleEnvironment,
				consoleProperties, Spine.logs());

		stack.awaitReady();
		for (ServiceProcess service : List.of(analyzer, console)) {
			service.awaitReady();
		}
		// A loaded machine answers a Vaadin round trip in seconds, not milliseconds.
		PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
	}

	@AfterAll
	static void stop() throws IOException {
		for (ServiceProcess service : new ServiceProcess[] { console, analyzer }) {
			if (service != null) {
				service.close();
			}
		}
		analyzerPostgres.close();
		stack.close();
	}

	@Test
	void theConsoleSendsAPersonToTheAuthServiceWithPkceAndKeepsItsProbesOpen() throws Exception {
		HttpResponse<String> page = get(consoleUrl + "/alerts");
		assertThat(page.statusCode()).isEqualTo(302);
		String login = page.headers().firstValue("Location").orElseThrow();
		assertThat(login).endsWith("/oauth2/authorization/orbit");

		HttpResponse<String> authorize = get(URI.create(consoleUrl).resolve(login).toString());
		assertThat(authorize.statusCode()).isEqualTo(302);
		String location = authorize.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith(authUrl + "/oauth2/authorize?")
			.contains("client_id=orbit-console")
			.contains("code_challenge_method=S256")
			.contains("code_challenge=")
			.contains("scope=openid%20profile")
			.contains("redirect_uri=" + redirectUri + "&");

		assertThat(get(consoleUrl + "/health").statusCode()).as("health without a login").isEqualTo(200);
		assertThat(get(consoleUrl + "/prometheus").statusCode()).as("metrics without a login").isEqualTo(200);
	}

	@Test
	void theFirstAdministratorLogsInOnTheAuthServicesPageSeesTheConsoleAndLogsOutOfBoth() {
		try (ConsoleBrowser browser = new ConsoleBrowser(consoleUrl)) {
			Page page = browser.navigate("/alerts");
			assertThat(page).hasURL(Pattern.compile(regex(authUrl) + "/login.*"));
			ConsoleBrowser.screenshot(page, "console-login-page");
			logIn(page, ADMIN, ADMIN_PASSWORD);

			// Back where they were going (Spring Security marks the resumed request with
			// ?continue).
			assertThat(page).hasURL(Pattern.compile(regex(consoleUrl) + "/alerts(\\?continue)?"));
			assertThat(page.locator("#operator")).containsText("Sergei Korolev");
			assertThat(page.locator("#operator-role")).hasText("admin");
			assertThat(page.locator("#alert-acknowledge")).isVisible();
			assertThat(page.locator("#alerts vaadin-grid-flow-selection-column")).hasCount(1);
			assertThat(page.locator("#alerts-notice")).isHidden();
			ConsoleBrowser.screenshot(page, "console-logged-in-admin");

			// A mistyped address: the console's own "no such page" in its layout, not a
			// bare 403 page (Vaadin answers its bootstrap page with 200 either way).
			page.navigate(consoleUrl + "/no-such-page");
			assertThat(page.locator("#not-found")).containsText("/no-such-page");
			assertThat(page.locator("#operator-role")).hasText("admin");

			page.locator("#logout").click();
			// The auth service's session ended too: its login page again, not the
			// console.
			assertThat(page).hasURL(Pattern.compile(regex(authUrl) + "/.*"));
			page.navigate(consoleUrl + "/alerts");
			assertThat(page).hasURL(Pattern.compile(regex(authUrl) + "/login.*"));
			assertThat(page.locator("#email")).isVisible();
		}
	}

	@Test
	void aViewerIsNotOfferedAcknowledgeAndTheAnalyzerRefusesTheirToken() {
		String viewer = "valentina." + System.nanoTime() + "@orbit.space";
		String admin = new OidcLogin(authUrl, "orbit-console", consoleSecret, redirectUri).logIn(ADMIN, ADMIN_PASSWORD)
			.get("access_token")
			.asString();
		Http.Response created = new Http(users.port()).withToken(admin)
			.post("/api/users", """
					{"email":"%s","name":"Valentina Tereshkova","role":"CREW","access":"viewer","password":"%s"}"""
				.formatted(viewer, VIEWER_PASSWORD));
		assertThat(created.status()).as(created.body()).isEqualTo(201);

		try (ConsoleBrowser browser = new ConsoleBrowser(consoleUrl)) {
			Page page = browser.navigate("/alerts");
			logIn(page, viewer, VIEWER_PASSWORD);
			// Back where they were going (Spring Security marks the resumed request with
			// ?continue).
			assertThat(page).hasURL(Pattern.compile(regex(consoleUrl) + "/alerts(\\?continue)?"));
			assertThat(page.locator("#operator")).containsText("Valentina Tereshkova");
			assertThat(page.locator("#operator-role")).hasText("viewer");
			// The alerts are there to read (the analyzer answered the viewer's token)...
			assertThat(page.locator("#alerts")).isVisible();
			assertThat(page.locator("#alerts-notice")).isHidden();
			// ...but nothing to act with.
			assertThat(page.locator("#alert-acknowledge")).isHidden();
			assertThat(page.locator("#alert-shelve")).isHidden();
			assertThat(page.locator("#alert-clear")).isHidden();
			assertThat(page.locator("#alert-assign")).isHidden();
			assertThat(page.locator("#alert-tag")).isHidden();
			assertThat(page.locator("#alert-comment-only")).isHidden();
			// ...nor the check boxes that choose alerts to act on.
			assertThat(page.locator("#alerts vaadin-grid-flow-selection-column")).hasCount(0);
			ConsoleBrowser.screenshot(page, "console-logged-in-viewer");

			// Past the first access token's life: the console calls with a refreshed one
			// (with the
			// old one the analyzer would refuse it and the page would say so).
			Instant expired = Instant.now().plus(TOKEN_LIFETIME).plusSeconds(2);
			await().atMost(TOKEN_LIFETIME.plusSeconds(10)).until(() -> Instant.now().isAfter(expired));
			page.navigate(consoleUrl + "/alerts");
			assertThat(page.locator("#alerts")).isVisible();
			assertThat(page.locator("#alerts-notice")).isHidden();
		}

		JsonNode tokens = new OidcLogin(authUrl, "orbit-console", consoleSecret, redirectUri).logIn(viewer,
				VIEWER_PASSWORD);
		Http asViewer = new Http(analyzer.port()).withToken(tokens.get("access_token").asString());
		assertThat(asViewer.get("/api/v1/alerts").status()).as("the viewer reads").isEqualTo(200);
		Http.Response acknowledge = asViewer.post("/api/v1/alerts/1/acknowledge", "{\"comment\":\"seen\"}");
		assertThat(acknowledge.status()).as(acknowledge.body()).isEqualTo(403);
		assertThat(acknowledge.json().get("type").asString()).isEqualTo("urn:orbit:problem:forbidden");
	}

	/**
	 * A URL as a regular expression Playwright passes to the browser's (no \\Q and \\E
	 * there).
	 */
	private static String regex(String url) {
		return url.replace(".", "\\.");
	}

	private static void logIn(Page page, String email, String password) {
		page.locator("#email").fill(email);
		page.locator("#password").fill(password);
		page.locator("button[type=submit]").click();
		page.waitForSelector("vaadin-app-layout");
	}

	private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return NO_REDIRECTS.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}

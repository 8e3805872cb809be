package space.orbit.dashboard.login;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import space.orbit.test.TestIssuer;
import space.orbit.test.TestKafka;
import space.orbit.test.TestNames;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's login with {@code orbit.security.enabled}, over real HTTP: a page
 * without a session goes to the auth service's login (PKCE), an API request without one
 * is a 401 problem, a logged-in person's access token reaches the owning service
 * (refreshed when it has expired), roles and CSRF tokens are enforced, and a logout ends
 * the session at the auth service too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "logging.structured.format.console=" })
class LoginIT {

	static final AuthServiceStandIn AUTH;

	static final AnalyzerStandIn ANALYZER;

	static {
		try {
			AUTH = new AuthServiceStandIn();
			ANALYZER = new AnalyzerStandIn();
		}
		catch (Exception ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	Browser browser;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestIssuer.shared().properties().forEach((name, value) -> registry.add(name, () -> value));
		registry.add("orbit.dashboard.login.auth-url", AUTH::url);
		registry.add("orbit.dashboard.login.client-secret", () -> AuthServiceStandIn.SECRET);
		registry.add("orbit.dashboard.login.end-session-uri", () -> AUTH.url() + "/connect/logout");
		registry.add("orbit.dashboard.upstream.analyzer", ANALYZER::url);
		registry.add("spring.kafka.bootstrap-servers", TestKafka::bootstrapServers);
		registry.add("orbit.dashboard.telemetry-topic", () -> TestNames.unique("login-telemetry-"));
		registry.add("orbit.dashboard.alerts-topic", () -> TestNames.unique("login-alerts-"));
		registry.add("orbit.dashboard.compute-topic", () -> TestNames.unique("login-compute-"));
	}

	@AfterAll
	static void stop() {
		AUTH.close();
		ANALYZER.close();
	}

	@BeforeEach
	void open() {
		this.browser = new Browser("http://127.0.0.1:" + this.port);
		ANALYZER.calls.clear();
		ANALYZER.refused.clear();
	}

	@Test
	void aPageWithoutASessionGoesToTheAuthServicesLoginWithPkce() {
		HttpResponse<String> page = this.browser.get("/");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith(LoginConfiguration.LOGIN));

		HttpResponse<String> start = this.browser.follow(page);
		assertThat(start.statusCode()).isEqualTo(302);
		URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
		assertThat(authorize.toString()).startsWith(AUTH.url() + "/oauth2/authorize?");
		Map<String, String> query = AuthServiceStandIn.form(authorize.getRawQuery());
		assertThat(query).containsEntry("client_id", "orbit-dashboard")
			.containsEntry("response_type", "code")
			.containsEntry("code_challenge_method", "S256")
			.containsEntry("scope", "openid profile")
			.containsEntry("redirect_uri", "http://127.0.0.1:" + this.port + "/login/oauth2/code/orbit")
			.containsKeys("code_challenge", "state", "nonce");
	}

	@Test
	void anApiRequestWithoutASessionIsRefused401AsAProblemNotSentToALogin() {
		for (String path : new String[] { "/api/v1/me", "/api/v1/fleet", "/api/v1/stream", "/api/v1/alerts",
				"/api/v1/pipeline" }) {
			HttpResponse<String> response = this.browser.get(path, Map.of("Accept", "text/event-stream, */*"));
			assertThat(response.statusCode()).as(path).isEqualTo(401);
			assertThat(response.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.headers().firstValue("Location")).as(path).isEmpty();
			assertThat(this.json.readTree(response.body()).path("type").asString())
				.isEqualTo("urn:orbit:problem:unauthorized");
		}
		assertThat(ANALYZER.calls).isEmpty();
		// Open: the probe answers (UP, or 503 while the stream's consumers start), no
		// login.
		HttpResponse<String> health = this.browser.get("/health");
		assertThat(health.statusCode()).isIn(200, 503);
		assertThat(this.json.readTree(health.body()).path("status").asString()).isIn("UP", "DOWN", "OUT_OF_SERVICE");
		assertThat(this.browser.get("/metrics").statusCode()).isEqualTo(200);
	}

	@Test
	void aLoggedInViewerReadsAsThemselvesAndIsNotLetActWithOrWithoutTheCsrfToken() {
		AUTH.nextLogin("ada@orbit.test", "Ada Lovelace", Duration.ofHours(1), "viewer");
		HttpResponse<String> back = this.browser.logIn();
		assertThat(back.statusCode()).isEqualTo(302);
		assertThat(back.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		assertThat(this.browser.cookie("ORBIT_DASHBOARD_SESSION")).isNotNull();

		HttpResponse<String> me = this.browser.get("/api/v1/me");
		assertThat(me.statusCode()).isEqualTo(200);
		JsonNode person = this.json.readTree(me.body());
		assertThat(person.path("name").asString()).isEqualTo("Ada Lovelace");
		assertThat(person.path("subject").asString()).isEqualTo("ada@orbit.test");
		assertThat(person.path("open").asBoolean()).isFalse();
		assertThat(person.path("roles").toString()).isEqualTo("[\"viewer\"]");

		HttpResponse<String> alerts = this.browser.get("/api/v1/alerts?state=ACTIVE");
		assertThat(alerts.statusCode()).isEqualTo(200);
		assertThat(alerts.body()).isEqualTo("{\"items\":[]}");
		assertThat(ANALYZER.calls).singleElement().satisfies((call) -> {
			assertThat(call.subject()).isEqualTo("ada@orbit.test");
			assertThat(call.path()).isEqualTo("/api/v1/alerts");
		});

		HttpResponse<String> noToken = this.browser.post("/api/v1/alerts/a-1/acknowledge", "application/json", "{}",
				Map.of());
		assertThat(noToken.statusCode()).isEqualTo(403);
		assertThat(this.json.readTree(noToken.body()).path("reason").asString()).isEqualTo("csrf");

		String csrf = this.browser.cookie("XSRF-TOKEN");
		assertThat(csrf).isNotBlank();
		HttpResponse<String> viewer = this.browser.post("/api/v1/alerts/a-1/acknowledge", "application/json", "{}",
				Map.of("X-XSRF-TOKEN", csrf));
		assertThat(viewer.statusCode()).isEqualTo(403);
		assertThat(this.json.readTree(viewer.body()).path("type").asString()).isEqualTo("urn:orbit:problem:forbidden");
		assertThat(ANALYZER.calls).hasSize(1);
	}

	@Test
	void aViewersPipelineStripCountsTheOpenAlertsWithTheirToken() {
		AUTH.nextLogin("ada@orbit.test", "Ada Lovelace", Duration.ofHours(1), "viewer");
		assertThat(this.browser.logIn().statusCode()).isEqualTo(302);

		HttpResponse<String> pipeline = this.browser.get("/api/v1/pipeline");
		assertThat(pipeline.statusCode()).isEqualTo(200);
		JsonNode figures = this.json.readTree(pipeline.body()).path("figures");
		assertThat(figures.findValuesAsString("name")).containsExactly("accepted", "stored", "archived", "lag",
				"openAlerts");
		JsonNode open = figures.get(4);
		assertThat(open.path("answered").asBoolean()).isTrue();
		assertThat(open.path("value").asDouble()).isZero();
		assertThat(ANALYZER.calls).singleElement().satisfies((call) -> {
			assertThat(call.path()).isEqualTo("/api/v1/alerts");
			assertThat(call.subject()).isEqualTo("ada@orbit.test");
		});
	}

	@Test
	void anOperatorActsWithTheirOwnTokenWhichIsRefreshedOnceExpired() {
		// Expires in 30 s: within the minute before expiry, the dashboard refreshes it
		// first.
		AUTH.nextLogin("grace@orbit.test", "Grace Hopper", Duration.ofSeconds(30), "operator");
		assertThat(this.browser.logIn().statusCode()).isEqualTo(302);
		int refreshesBefore = AUTH.refreshed.size();

		HttpResponse<String> acknowledged = this.browser.post("/api/v1/alerts/a-2/acknowledge", "application/json",
				"{}", Map.of("X-XSRF-TOKEN", this.browser.cookie("XSRF-TOKEN")));
		assertThat(acknowledged.statusCode()).isEqualTo(200);
		assertThat(AUTH.refreshed).hasSize(refreshesBefore + 1);
		assertThat(ANALYZER.calls).singleElement().satisfies((call) -> {
			assertThat(call.method()).isEqualTo("POST");
			assertThat(call.path()).isEqualTo("/api/v1/alerts/a-2/acknowledge");
			assertThat(call.subject()).isEqualTo("grace@orbit.test");
			assertThat(call.token()).isEqualTo(AUTH.refreshed.getLast());
		});
		assertThat(ANALYZER.refused).isEmpty();
	}

	@Test
	void aPersonWithoutARoleIsLoggedInButMayReadNothing() {
		AUTH.nextLogin("nobody@orbit.test", "Nobody", Duration.ofHours(1));
		assertThat(this.browser.logIn().statusCode()).isEqualTo(302);

		for (String path : new String[] { "/api/v1/me", "/api/v1/fleet", "/api/v1/stream", "/api/v1/alerts" }) {
			HttpResponse<String> response = this.browser.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(403);
			assertThat(this.json.readTree(response.body()).path("type").asString()).as(path)
				.isEqualTo("urn:orbit:problem:forbidden");
		}
		assertThat(ANALYZER.calls).isEmpty();
	}

	@Test
	void aLogoutEndsTheSessionHereAndAtTheAuthService() {
		AUTH.nextLogin("ada@orbit.test", "Ada Lovelace", Duration.ofHours(1), "viewer");
		this.browser.logIn();
		assertThat(this.browser.get("/api/v1/me").statusCode()).isEqualTo(200);

		HttpResponse<String> logout = this.browser.post("/logout", "application/x-www-form-urlencoded",
				"_csrf=" + this.browser.cookie("XSRF-TOKEN"), Map.of());
		assertThat(logout.statusCode()).isEqualTo(302);
		URI endSession = URI.create(logout.headers().firstValue("Location").orElseThrow());
		assertThat(endSession.toString()).startsWith(AUTH.url() + "/connect/logout?");
		assertThat(AuthServiceStandIn.form(endSession.getRawQuery())).containsKey("id_token_hint");

		assertThat(this.browser.get("/api/v1/me").statusCode()).isEqualTo(401);
	}

}

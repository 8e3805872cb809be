package space.orbit.deploy;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import space.orbit.test.BrowserLogin;
import space.orbit.test.Http;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the Compose stack's security lets through (ADR 0017): no token, a 401 problem;
 * tokens of the auth container's clients accepted, a too small role refused; /health and
 * /metrics open; the first administrator made from the password file.
 */
final class StackAccess {

	/** A read of each API service that needs a token. */
	private static final Map<String, String> PROTECTED = Map.of("PROCESSOR", "/api/v1/samples?spacecraftId=ORB-1",
			"WORKER", "/api/v1/jobs/00000000-0000-0000-0000-000000000000", "ENRICHER", "/api/v1/archive/steps",
			"ANALYZER", "/api/v1/alerts", "USERS", "/api/users", "ORDERS", "/api/orders", "INVENTORY",
			"/api/stock-levels", "DASHBOARD", "/api/v1/fleet");

	private final Map<String, Integer> ports;

	private final StackSecrets secrets;

	/**
	 * @param ports the published port of each service, by its name in upper case
	 * @param secrets the secrets the stack was started with
	 */
	StackAccess(Map<String, Integer> ports, StackSecrets secrets) {
		this.ports = ports;
		this.secrets = secrets;
	}

	/**
	 * Every API service refuses a call without a token, 401 as a problem; an operator's
	 * token is accepted (the processor, the analyzer), a viewer's refused an admin's
	 * operation (403).
	 */
	void aCallWithoutATokenIsRefused() {
		PROTECTED.forEach((service, path) -> assertRefused(http(service).get(path), service + " GET " + path));
		String operator = token("cli-operator");
		for (String service : List.of("PROCESSOR", "ANALYZER")) {
			Http.Response answer = http(service).withToken(operator).get(PROTECTED.get(service));
			assertThat(answer.status()).as("%s with an operator's token: %s", service, answer.body()).isEqualTo(200);
		}
		Http.Response refused = http("USERS").withToken(token("cli-viewer"))
			.post("/api/users", "{\"email\":\"viewer@orbit.space\",\"name\":\"No\",\"role\":\"CREW\"}");
		assertThat(refused.status()).as(refused.body()).isEqualTo(403);
		assertThat(refused.contentType()).startsWith("application/problem+json");
	}

	/**
	 * The probes and the metrics need no token (NetworkPolicies guard them in a cluster).
	 */
	void healthAndMetricsStayOpen() {
		this.ports.forEach((service, port) -> {
			if (service.equals("RABBITMQ_MANAGEMENT")) {
				return;
			}
			Http http = new Http(port);
			assertThat(http.get("/health/readiness").status()).as("%s /health/readiness", service).isEqualTo(200);
			Http.Response metrics = http.get("/metrics");
			assertThat(metrics.status()).as("%s /metrics", service).isEqualTo(200);
			assertThat(metrics.body()).as("%s /metrics", service).contains("jvm_memory_used_bytes");
		});
	}

	/** The users service made the administrator of ORBIT_BOOTSTRAP_ADMIN_EMAIL. */
	void theFirstAdministratorExists() {
		JsonNode users = http("USERS").withToken(token("cli-viewer")).get("/api/users?limit=200").json().get("items");
		assertThat(users).anySatisfy((user) -> {
			assertThat(user.get("email").asString()).isEqualTo("admin@orbit.local");
			assertThat(user.get("access").asString()).isEqualToIgnoringCase("admin");
		});
	}

	/**
	 * The first administrator logs in to the dashboard and to the console as a browser
	 * does (the auth service at its published port, the code back to each app's), and
	 * each then knows them: the dashboard's /api/v1/me, the console's first page.
	 */
	void anAdministratorLogsInToTheDashboardAndTheConsole() {
		URI auth = URI.create("http://127.0.0.1:" + this.ports.get("AUTH"));
		HttpResponse<String> me = logIn(URI.create("http://127.0.0.1:" + this.ports.get("DASHBOARD")), auth)
			.get("/api/v1/me");
		assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
		assertThat(me.body()).contains("admin@orbit.local");
		HttpResponse<String> console = logIn(URI.create("http://127.0.0.1:" + this.ports.get("CONSOLE")), auth)
			.get("/");
		assertThat(console.statusCode()).as(console.body()).isEqualTo(200);
	}

	/**
	 * The login at {@code app}: the browser sent to the auth service at its published
	 * port (BrowserLogin fails otherwise), the code back to the app's registered address,
	 * and the login ending at the app.
	 */
	private BrowserLogin logIn(URI app, URI auth) {
		BrowserLogin login = BrowserLogin.logIn(app, auth, "admin@orbit.local", this.secrets.adminPassword());
		assertThat(login.hops()).as("the code comes back to the app's registered address")
			.anySatisfy((hop) -> assertThat(hop.getAuthority() + hop.getPath())
				.isEqualTo(app.getAuthority() + "/login/oauth2/code/orbit"));
		assertThat(login.landed().getAuthority()).as("back at the app: %s", login.hops()).isEqualTo(app.getAuthority());
		return login;
	}

	/** A client-credentials token of {@code orbit-<client>}. */
	String token(String client) {
		return this.secrets.token(this.ports.get("AUTH"), client);
	}

	static void assertRefused(Http.Response answer, String what) {
		assertThat(answer.status()).as("%s: %s", what, answer.body()).isEqualTo(401);
		assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
		assertThat(answer.json().get("type").asString()).as(what).endsWith("unauthorized");
	}

	private Http http(String service) {
		return new Http(this.ports.get(service));
	}

}

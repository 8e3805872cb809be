package space.orbit.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import space.orbit.test.ServiceProcess;
import space.orbit.test.TestKafka;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's login end to end (ADR 0017, dashboard): users, auth and the dashboard
 * as their own JVMs with security on. In the Debian Chromium, the dashboard's page sends
 * the browser to the auth service's login page; the first administrator logs in there and
 * is back on the dashboard, which names them and their role; the API answers the session
 * and refuses the same request without it; Log out ends the session. Screenshots in
 * target/screenshots/.
 */
class DashboardLoginBrowserIT {

	private static final String ADMIN = "flight.director@orbit.space";

	private static final String ADMIN_PASSWORD = "Vostok-1 launched 1961";

	static final Path SHOTS = Path.of("target", "screenshots");

	static final AuthStack stack = new AuthStack("dash-e2e");

	static ServiceProcess dashboard;

	static Playwright playwright;

	static Browser browser;

	static String authUrl;

	static String base;

	@BeforeAll
	static void start() throws IOException {
		Files.createDirectories(SHOTS);
		int dashboardPort = ServiceProcess.freePort();
		authUrl = stack.url();
		base = "http://127.0.0.1:" + dashboardPort;
		String dashboardSecret = stack.client("dashboard");
		stack.redirect("dashboard", base + "/login/oauth2/code/orbit")
			.usersProperty("orbit.users.bootstrap-admin.name", "Flight Director");
		stack.start(ADMIN, ADMIN_PASSWORD);

		Map<String, String> dashboardEnvironment = stack.trust();
		dashboardEnvironment.put("ORBIT_KAFKA_BOOTSTRAP", TestKafka.bootstrapServers());
		dashboardEnvironment.put("ORBIT_DASHBOARD_CLIENT_SECRET", dashboardSecret);
		dashboard = ServiceProcess.start("dashboard", Spine.jar("dashboard"), dashboardPort, dashboardEnvironment,
				Map.of(), Spine.logs());

		stack.awaitReady();
		dashboard.awaitReady();
		playwright = Chromium.playwright();
		browser = Chromium.launch(playwright);
	}

	@AfterAll
	static void stop() throws IOException {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
		if (dashboard != null) {
			dashboard.close();
		}
		stack.close();
	}

	@Test
	void theFirstAdministratorLogsInThroughTheAuthServicesPageSeesTheDashboardAndLogsOut() {
		try (BrowserContext context = Chromium.context(browser, 1400, 900)) {
			Page page = context.newPage();
			page.navigate(base + "/");
			page.waitForURL(authUrl + "/login**");
			shot(page, "dashboard-login-page");
			page.fill("#email", ADMIN);
			page.fill("#password", ADMIN_PASSWORD);
			page.locator("button[type=submit], input[type=submit]").first().click();

			page.waitForURL(base + "/**");
			shot(page, "dashboard-after-login");
			assertThat(page.url()).as("back on the dashboard, not its login's error").doesNotContain("/login");
			page.locator("header .session .who").waitFor();
			assertThat(page.locator("header .session .who").textContent()).isEqualTo("Flight Director");
			assertThat(page.locator("header .session .role").textContent()).isEqualTo("admin");
			assertThat(page.locator("header .session button:text-is('Log out')").isVisible()).isTrue();
			page.locator("nav a:text-is('Alerts')").click();
			page.locator("h1:has-text('Alerts')").waitFor();
			shot(page, "dashboard-logged-in");

			// The session answers the API; the same request without the cookie is
			// refused.
			assertThat(context.request().get(base + "/api/v1/me").status()).isEqualTo(200);
			assertThat(playwright.request().newContext().get(base + "/api/v1/me").status()).isEqualTo(401);

			page.locator("header .session button:text-is('Log out')").click();
			page.waitForURL((url) -> !url.startsWith(base));
			assertThat(context.request().get(base + "/api/v1/me").status()).isEqualTo(401);
			page.navigate(base + "/");
			page.waitForURL(authUrl + "/login**");
			shot(page, "dashboard-logged-out");
		}
	}

	private static void shot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
	}

}

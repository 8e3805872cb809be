package space.orbit.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import space.orbit.test.ServiceProcess;
import space.orbit.test.TestKafka;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in the Debian Chromium (Playwright for Java, no downloaded browser)
 * against real services, each its own JVM: ingest, processor (the demo mission seeded
 * through its API), analyzer and dashboard, fed by the simulator with a fault. The fleet
 * shows the simulator's spacecraft; a chart receives live points; the fault's alert
 * appears and is acknowledged from the page, which the analyzer's API then shows; the map
 * shows the spacecraft. Screenshots in target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIT {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Path SHOTS = Path.of("target", "screenshots");

	static Spine spine;

	static ServiceProcess dashboard;

	static Process simulator;

	static Playwright playwright;

	static Browser browser;

	static Page page;

	static final List<String> consoleErrors = new ArrayList<>();

	static String base;

	@BeforeAll
	static void start() throws Exception {
		Files.createDirectories(SHOTS);
		// What the page does, with every service open (security off): the login and
		// the token relay are DashboardLoginBrowserIT's, on
		// the real auth service.
		spine = Spine.open();
		spine.startIngest();
		spine.startProcessor(Map.of());
		spine.startAnalyzer(Files.createTempDirectory("orbit-analyzer-dash"));
		Map<String, String> environment = new HashMap<>();
		environment.put("ORBIT_KAFKA_BOOTSTRAP", TestKafka.bootstrapServers());
		environment.put("ORBIT_SECURITY_ENABLED", "false");
		environment.put("ORBIT_PROCESSOR_URL", "http://127.0.0.1:" + spine.processor().port());
		environment.put("ORBIT_ANALYZER_URL", "http://127.0.0.1:" + spine.analyzer().port());
		environment.put("ORBIT_INGEST_URL", "http://127.0.0.1:" + spine.ingest().port());
		dashboard = ServiceProcess.start("dashboard", Spine.jar("dashboard"), ServiceProcess.freePort(), environment,
				Map.of("orbit.dashboard.telemetry-topic", spine.topic, "orbit.dashboard.alerts-topic",
						spine.alertsTopic),
				Spine.logs());
		spine.ingest().awaitReady(Duration.ofSeconds(360));
		spine.processor().awaitReady(Duration.ofSeconds(360));
		seedDemoMission(spine);
		spine.analyzer().awaitReady(Duration.ofSeconds(360));
		dashboard.awaitReady(Duration.ofSeconds(360));
		base = "http://127.0.0.1:" + dashboard.port();
		// The fault comes late enough for the alerts page to be open before it is raised,
		// and
		// lasts: its alert stays open (a one-sample spike clears before it can be
		// acknowledged).
		simulator = startSimulator(spine, "--spacecraft", "3", "--rate", "1", "--duration", "900s", "--seed", "7",
				"--fault", "undervoltage:ORB-1@+150s/120s");
		awaitHeard(List.of("ORB-1", "ORB-2", "ORB-3"), Duration.ofSeconds(300));
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of("/usr/bin/chromium"))
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync")));
		page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 900));
		page.onConsoleMessage((message) -> {
			// This stack has no enricher (its archive needs MongoDB): the page's history
			// requests answer 503, which Chromium logs as a failed resource. Nothing
			// else.
			if ("error".equals(message.type()) && !message.location().contains("/api/v1/archive/")) {
				consoleErrors.add(message.text() + " at " + message.location());
			}
		});
		page.onPageError((error) -> consoleErrors.add(error));
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
		if (simulator != null) {
			simulator.destroy();
		}
		if (dashboard != null) {
			dashboard.close();
		}
		if (spine != null) {
			spine.close();
		}
	}

	@Test
	@Order(1)
	void theFleetShowsTheSimulatorsSpacecraft() {
		page.navigate(base + "/?view=fleet");
		for (String id : List.of("ORB-1", "ORB-2", "ORB-3")) {
			page.locator(".tile[data-spacecraft='" + id + "'] .tile-contact:not(.stale)")
				.waitFor(new Locator.WaitForOptions().setTimeout(30_000));
		}
		assertThat(page.locator(".tile[data-spacecraft='ORB-2'] .tile-contact").textContent()).contains("s ago");
		shot("fleet");
	}

	@Test
	@Order(2)
	void aChartReceivesLivePoints() {
		page.navigate(base + "/?view=spacecraft&sc=ORB-2&p=EPS.BATTERY.VOLTAGE,THERMAL.PANEL.TEMP&window=PT1M");
		Locator chart = page.locator("figure.chart[data-parameter='EPS.BATTERY.VOLTAGE']");
		chart.waitFor();
		int first = awaitPoints(chart, 1);
		int later = awaitPoints(chart, first + 3);
		assertThat(later).isGreaterThan(first);
		shot("spacecraft");
		assertThat(page.locator("figure.chart[data-parameter='EPS.BATTERY.VOLTAGE'] .stale-marker").count()).isZero();
		assertThat(page.locator("figure.chart[data-parameter='EPS.BATTERY.VOLTAGE'] canvas").count()).isPositive();
	}

	@Test
	@Order(3)
	void anAlertAppearsAndIsAcknowledgedFromThePageAsTheAnalyzerShows() throws Exception {
		page.navigate(base + "/?view=alerts");
		page.locator("h1 .badge.live").waitFor();
		JsonNode raised = awaitAlert("ORB-1", "EPS.BATTERY.VOLTAGE", Duration.ofSeconds(400));
		Instant seen = Instant.now();
		long id = raised.get("id").asLong();
		Locator row = page.locator("tr[data-alert-id='" + id + "']");
		row.waitFor(new Locator.WaitForOptions().setTimeout(5_000));
		assertThat(Duration.between(seen, Instant.now()))
			.as("the alert on the page within 5 s of the analyzer's API showing it")
			.isLessThan(Duration.ofSeconds(5));
		awaitOpenAlertsOnTheStrip();
		shot("alerts-open");
		row.locator("button:text-is('Acknowledge')").click();
		page.locator("tr[data-alert-id='" + id + "'] td.state:text-is('ACKNOWLEDGED')")
			.waitFor(new Locator.WaitForOptions().setTimeout(15_000));
		JsonNode acknowledged = alert(id);
		assertThat(acknowledged.get("state").asString()).isEqualTo("ACKNOWLEDGED");
		assertThat(acknowledged.get("acknowledged").get("by").asString()).isEqualTo("ops");
		shot("alerts-acknowledged");
	}

	@Test
	@Order(4)
	void theMapShowsEachSpacecraft() {
		page.navigate(base + "/?view=map");
		for (String id : List.of("ORB-1", "ORB-2", "ORB-3")) {
			page.locator("g.craft[data-spacecraft='" + id + "']")
				.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED).setTimeout(30_000));
		}
		page.waitForTimeout(4_000);
		assertThat(page.locator("path.land").getAttribute("d")).hasSizeGreaterThan(1000);
		shot("map");
		assertThat(consoleErrors).as("errors in the browser console").isEmpty();
	}

	private static int awaitPoints(Locator chart, int atLeast) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (true) {
			int points = Integer.parseInt(chart.getAttribute("data-points"));
			if (points >= atLeast) {
				return points;
			}
			assertThat(System.nanoTime()).as("the chart reaches " + atLeast + " columns (has " + points + ")")
				.isLessThan(deadline);
			page.waitForTimeout(250);
		}
	}

	/** The pipeline strip counts the open alerts as the analyzer's API does. */
	private static void awaitOpenAlertsOnTheStrip() throws Exception {
		Locator figure = page.locator(".pipeline [data-figure='openAlerts']");
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
		while (true) {
			int open = JSON.readTree(spine.get(spine.analyzer(), "/api/v1/alerts?state=OPEN&limit=500").body())
				.get("items")
				.size();
			String shown = figure.getAttribute("data-value");
			if ("true".equals(figure.getAttribute("data-answered")) && shown != null && !shown.isEmpty()
					&& Double.parseDouble(shown) == open) {
				return;
			}
			assertThat(System.nanoTime())
				.as("the strip's open alerts (" + shown + ") as the analyzer's API (" + open + ")")
				.isLessThan(deadline);
			page.waitForTimeout(250);
		}
	}

	private static JsonNode awaitAlert(String spacecraft, String parameter, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			JsonNode page = JSON
				.readTree(spine.get(spine.analyzer(), "/api/v1/alerts?state=OPEN&spacecraftId=" + spacecraft).body());
			for (JsonNode alert : page.get("items")) {
				if (parameter.equals(alert.get("parameter").asString())) {
					return alert;
				}
			}
			assertThat(System.nanoTime()).as("the analyzer raises an alert on " + spacecraft + " " + parameter)
				.isLessThan(deadline);
			Thread.sleep(200);
		}
	}

	/** Waits until the dashboard's own consumer has heard these spacecraft (its API). */
	private static void awaitHeard(List<String> spacecraft, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			String fleet = Spine.HTTP
				.send(java.net.http.HttpRequest.newBuilder(dashboard.uri("/api/v1/fleet")).build(),
						java.net.http.HttpResponse.BodyHandlers.ofString())
				.body();
			if (spacecraft.stream().allMatch((id) -> fleet.contains("\"" + id + "\""))) {
				return;
			}
			assertThat(System.nanoTime()).as("the dashboard hears " + spacecraft + ": " + fleet).isLessThan(deadline);
			Thread.sleep(500);
		}
	}

	private static JsonNode alert(long id) throws Exception {
		return JSON.readTree(spine.get(spine.analyzer(), "/api/v1/alerts/" + id).body());
	}

	private static void shot(String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
	}

	/** Seeds the demo mission (tools/orbit/demo) through the processor's API. */
	static void seedDemoMission(Spine stack) throws Exception {
		Path demo = Path.of(System.getProperty("orbit.jars", "../../services"))
			.resolveSibling("tools")
			.resolve("orbit")
			.resolve("demo");
		for (String kind : List.of("missions", "spacecraft", "parameters")) {
			for (String line : Files.readAllLines(demo.resolve(kind + ".jsonl"))) {
				if (line.isBlank()) {
					continue;
				}
				var response = Spine.HTTP
					.send(java.net.http.HttpRequest.newBuilder(stack.processor().uri("/api/v1/" + kind))
						.header("Content-Type", "application/json")
						.POST(java.net.http.HttpRequest.BodyPublishers.ofString(line))
						.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
				assertThat(response.statusCode()).as("POST /api/v1/" + kind + " " + response.body()).isEqualTo(201);
			}
		}
	}

	/** The simulator sending to the stack's ingest, its log in the service logs. */
	static Process startSimulator(Spine stack, String... flags) throws Exception {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", Spine.jar("simulator").toString(), "--server.port=0",
				"--target", "http://127.0.0.1:" + stack.ingest().port()));
		command.addAll(List.of(flags));
		Path log = Spine.logs().resolve("simulator-dashboard-" + System.currentTimeMillis() + ".log");
		Files.createDirectories(log.getParent());
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

}

package space.orbit.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import space.orbit.test.Http;
import space.orbit.test.ServiceProcess;
import space.orbit.test.TestKafka;
import space.orbit.test.TestNames;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The operator console in the Debian chromium against the real services, each as its own
 * JVM (ingest, processor, analyzer, worker, console): each test does an operator's task
 * in the browser and asserts its effect through the API of the service that owns it.
 */
class ConsoleBrowserIT {

	private static final String OPERATOR = "e2e-operator";

	private static final String PARAMETER = "TEST.CONSOLE.TANK.TEMP";

	private static Spine spine;

	private static ServiceProcess worker;

	private static ServiceProcess console;

	private static ConsoleBrowser browser;

	private static Http processor;

	private static Http analyzer;

	@BeforeAll
	static void start() throws Exception {
		TestKafka.bootstrapServers();
		Path state = Files.createTempDirectory("orbit-console-analyzer");
		// What the page does, with every service open (security off): the login and
		// the token relay are ConsoleLoginBrowserIT's, on
		// the real auth service.
		spine = Spine.open();
		spine.startIngest();
		ServiceProcess processorProcess = spine.startProcessor(Map.of());
		spine.startAnalyzer(state);
		worker = spine.startWorker(TestNames.unique("e2e-console-compute-"));
		console = startConsole(processorProcess.port(), spine.analyzer().port(), worker.port());
		for (ServiceProcess service : List.of(spine.ingest(), processorProcess, spine.analyzer(), worker, console)) {
			service.awaitReady(Duration.ofSeconds(480));
		}
		processor = new Http(processorProcess.port());
		analyzer = new Http(spine.analyzer().port());
		for (String resource : List.of("missions", "spacecraft")) {
			for (String line : Files.readAllLines(Path.of("../../tools/orbit/demo", resource + ".jsonl"))) {
				if (!line.isBlank()) {
					assertThat(processor.post("/api/v1/" + resource, line).status()).isEqualTo(201);
				}
			}
		}
		Http.Response created = processor.post("/api/v1/parameters",
				"""
						{"missionId":"ORBIT-DEMO","name":"%s","subsystem":"PROP","unit":"degC","rawType":"FLOAT",
						 "description":"Tank temperature","limits":{"criticalLow":-10.0,"warningHigh":60.0,"criticalHigh":70.0}}"""
					.formatted(PARAMETER));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		browser = new ConsoleBrowser("http://127.0.0.1:" + console.port());
		// A loaded machine answers a Vaadin round trip in seconds, not milliseconds.
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
	}

	/**
	 * The console with the services' URLs as settings; the enricher's points at a port
	 * where nothing listens (a service that is down).
	 */
	private static ServiceProcess startConsole(int processorPort, int analyzerPort, int workerPort) {
		Map<String, String> properties = new HashMap<>();
		properties.put("orbit.console.services.processor", "http://127.0.0.1:" + processorPort);
		properties.put("orbit.console.services.analyzer", "http://127.0.0.1:" + analyzerPort);
		properties.put("orbit.console.services.worker", "http://127.0.0.1:" + workerPort);
		String nothing = "http://127.0.0.1:" + ServiceProcess.freePort();
		for (String down : List.of("enricher", "users", "orders", "inventory")) {
			properties.put("orbit.console.services." + down, nothing);
		}
		properties.put("orbit.console.operator", OPERATOR);
		// Generous: on a loaded machine a job's submission (a row, a message) can take
		// seconds.
		properties.put("orbit.console.timeout", "30s");
		return ServiceProcess.start("console", Spine.jar("console"), ServiceProcess.freePort(),
				Map.of("ORBIT_SECURITY_ENABLED", "false"), properties, Spine.logs());
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.close();
		}
		if (console != null) {
			console.close();
		}
		if (spine != null) {
			spine.close();
		}
	}

	@Test
	void aLimitChangedInTheConsoleIsTheOneTheProcessorServes() {
		long before = parameter().get("version").asLong();
		Page page = browser.open("/parameters");
		page.getByText(PARAMETER).click();
		assertThat(page.locator("#parameter-unit input")).hasValue("degC");

		// Bad input: a warning above the critical high is refused at the field, nothing
		// sent.
		page.locator("#limit-warningHigh input").fill("80");
		page.locator("#parameter-save").click();
		assertThat(page.locator("#limit-criticalHigh")).hasAttribute("invalid", "");
		assertThat(page.locator("#limit-criticalHigh")).containsText("is below Warning high");
		ConsoleBrowser.screenshot(page, "parameters-invalid-limits");
		assertThat(parameter().get("version").asLong()).as("nothing sent").isEqualTo(before);

		// One-sided: no low limits at all, a new warning high.
		page.locator("#limit-warningHigh input").fill("55.5");
		page.locator("#limit-criticalLow input").fill("");
		page.locator("#parameter-save").click();
		await().atMost(Duration.ofSeconds(20)).until(() -> parameter().get("version").asLong() > before);
		JsonNode limits = parameter().get("limits");
		assertThat(limits.get("warningHigh").asDouble()).isEqualTo(55.5);
		assertThat(limits.get("criticalHigh").asDouble()).isEqualTo(70.0);
		assertThat(limits.path("criticalLow").isNull() || limits.path("criticalLow").isMissingNode())
			.as(limits.toString())
			.isTrue();
		assertThat(limits.path("warningLow").isNull() || limits.path("warningLow").isMissingNode()).isTrue();
		assertThat(page.locator("#parameters")).containsText("55.5");
		ConsoleBrowser.screenshot(page, "parameters-saved");
		page.close();
	}

	@Test
	void aTleTheProcessorRefusesShowsItsDetailAtTheField() {
		JsonNode before = spacecraft("ORB-1");
		Page page = browser.open("/spacecraft");
		// The demo TLEs' epoch is 2026-11-21, older than the 7 days after which they are
		// stale.
		assertThat(page.locator("#spacecraft [data-stale]").first()).containsText("stale");
		page.getByText("ORB-1 (ISS-like").click();
		String line1 = before.get("tle").get("line1").asString();
		char last = line1.charAt(68);
		String broken = line1.substring(0, 68) + (char) ('0' + ((last - '0' + 1) % 10));
		page.locator("#tle-line1 input").fill(broken);
		page.locator("#spacecraft-save").click();
		assertThat(page.locator("#tle-line1")).hasAttribute("invalid", "");
		assertThat(page.locator("#tle-line1")).containsText("fails its checksum");
		assertThat(page.locator("body")).not().containsText("Exception");
		ConsoleBrowser.screenshot(page, "spacecraft-refused-tle");
		assertThat(spacecraft("ORB-1").get("version").asLong()).isEqualTo(before.get("version").asLong());
		page.close();
	}

	@Test
	void alertsAcknowledgedWithACommentAreAcknowledgedInTheAnalyzer() throws Exception {
		Http.Response rule = analyzer.put("/api/v1/rules/console-test", """
				{"parameter":"TEST.CONSOLE.*","description":"console test","limits":{"criticalHigh":100.0}}""");
		assertThat(rule.status()).as(rule.body()).isIn(200, 201);
		Instant t0 = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
		AtomicInteger n = new AtomicInteger();
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
			int i = n.incrementAndGet();
			post(frame("ORB-CA", t0.plusSeconds(i), i, 1000.0), frame("ORB-CB", t0.plusSeconds(i), i, 1000.0));
			return alerts("ORB-C").size() == 2;
		});
		List<JsonNode> raised = alerts("ORB-C");
		assertThat(raised).allSatisfy((alert) -> assertThat(alert.get("state").asString()).isEqualTo("OPEN"));

		Page page = browser.open("/alerts");
		// The default silence rule raises staleness alerts for them too: the detector
		// filter
		// leaves the two limit alerts.
		page.locator("#alert-filter-detector input").fill("");
		page.locator("#alert-filter-detector input").pressSequentially("limit");
		page.locator("#alert-filter-detector input").press("Enter");
		assertThat(page.locator("#alert-filter-detector input")).hasValue("limit");
		// Critical: the workbench test's limit alerts are warnings.
		page.locator("#alert-filter-severity").click();
		page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("CRITICAL")).click();
		Locator spacecraftCells = page.locator("#alerts vaadin-grid-cell-content:visible")
			.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^ORB-C[AB]$")));
		assertThat(spacecraftCells).hasCount(2);
		page.locator("#alert-filter-spacecraft input").fill("ORB-CA");
		page.locator("#alert-filter-spacecraft input").press("Enter");
		assertThat(spacecraftCells).hasCount(1);
		page.locator("#alert-filter-spacecraft input").fill("");
		page.locator("#alert-filter-spacecraft input").press("Enter");
		assertThat(spacecraftCells).hasCount(2);
		page.locator("#alerts vaadin-checkbox").first().click();
		assertThat(page.locator("#alert-selection")).hasText("2 selected");

		// Bad input: no comment, nothing sent.
		page.locator("#alert-acknowledge").click();
		assertThat(page.locator("#alert-comment")).hasAttribute("invalid", "");
		assertThat(alerts("ORB-C")).allSatisfy((alert) -> assertThat(alert.get("state").asString()).isEqualTo("OPEN"));

		page.locator("#alert-comment textarea").fill("tank heater stuck on, ground informed");
		page.locator("#alert-acknowledge").click();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> alerts("ORB-C").stream().allMatch((a) -> a.get("state").asString().equals("ACKNOWLEDGED")));
		for (JsonNode alert : alerts("ORB-C")) {
			assertThat(alert.get("acknowledged").get("comment").asString())
				.isEqualTo("tank heater stuck on, ground informed");
			assertThat(alert.get("acknowledged").get("by").asString()).isEqualTo(OPERATOR);
			// The analyzer's action log has it too, after the raise.
			List<JsonNode> log = actions(alert.get("id").asLong());
			assertThat(log.get(0).get("action").asString()).isEqualTo("RAISED");
			JsonNode acknowledged = log.get(log.size() - 1);
			assertThat(acknowledged.get("action").asString()).isEqualTo("ACKNOWLEDGED");
			assertThat(acknowledged.get("comment").asString()).isEqualTo("tank heater stuck on, ground informed");
			assertThat(acknowledged.get("by").asString()).isEqualTo(OPERATOR);
			assertThat(acknowledged.get("stateBefore").asString()).isEqualTo("OPEN");
			assertThat(acknowledged.get("stateAfter").asString()).isEqualTo("ACKNOWLEDGED");
		}
		assertThat(page.locator("#alerts")).containsText("ACKNOWLEDGED");
		// Done: the comment is cleared and no longer marked as missing.
		assertThat(page.locator("#alert-comment textarea")).hasValue("");
		assertThat(page.locator("#alert-comment")).not().hasAttribute("invalid", "");
		ConsoleBrowser.screenshot(page, "alerts-acknowledged");
		page.close();
	}

	@Test
	void aPassPredictionIsSubmittedWatchedAndItsPassesShown() {
		long posts = jobPosts();
		Page page = browser.open("/flight-dynamics");
		page.locator("#fd-spacecraft input").fill("ORB-2");
		page.locator("#fd-spacecraft input").press("Enter");
		// Bad input: a latitude beyond the pole, refused at the field, nothing sent.
		page.locator("#fd-latitude input").fill("95");
		page.locator("#fd-submit").click();
		assertThat(page.locator("#fd-latitude")).hasAttribute("invalid", "");
		assertThat(page.locator("#fd-latitude")).containsText("A number from -90.0 to 90.0");
		ConsoleBrowser.screenshot(page, "flight-invalid-latitude");
		assertThat(jobPosts()).as("nothing sent").isEqualTo(posts);

		page.locator("#fd-latitude input").fill("67.86");
		page.locator("#fd-submit").click();
		page.waitForTimeout(2000);
		ConsoleBrowser.screenshot(page, "flight-submitted");
		assertThat(page.locator("#fd-job-state")).hasAttribute("data-state", "SUCCEEDED",
				new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(120_000));
		String id = page.locator("#fd-job-id").textContent();
		JsonNode job = new Http(worker.port()).get("/api/v1/jobs/" + id).json();
		assertThat(job.get("state").asString()).isEqualTo("SUCCEEDED");
		assertThat(job.get("parameters").get("spacecraftId").asString()).isEqualTo("ORB-2");
		JsonNode passes = job.get("result").get("passes");
		assertThat(passes.size()).isGreaterThanOrEqualTo(4);
		assertThat(page.locator("#fd-pass-count")).hasText(passes.size() + " passes");
		// Shown to the second, as operators read times.
		assertThat(page.locator("#fd-passes")).containsText(
				Instant.parse(passes.get(0).get("aos").asString()).truncatedTo(ChronoUnit.SECONDS).toString());
		ConsoleBrowser.screenshot(page, "flight-passes");
		page.close();
	}

	@Test
	void aServiceThatIsDownIsShownAndTheRestKeepsWorking() {
		Page page = browser.open("/");
		assertThat(page.locator("[data-service=enricher]")).hasText("DOWN");
		assertThat(page.locator("[data-service=processor]")).hasText("UP");
		assertThat(page.locator("[data-service=analyzer]")).hasText("UP");
		assertThat(page.locator("#services")).containsText("orbit.console.services.enricher");
		ConsoleBrowser.screenshot(page, "services");
		page.navigate(page.url() + "missions");
		assertThat(page.locator("#missions")).containsText("ORBIT-DEMO");
		page.close();
	}

	private static JsonNode parameter() {
		return processor.get("/api/v1/parameters/ORBIT-DEMO/" + PARAMETER).json();
	}

	private static JsonNode spacecraft(String id) {
		return processor.get("/api/v1/spacecraft/" + id).json();
	}

	/** Requests the worker has answered on POST /api/v1/jobs, from its metrics. */
	private static long jobPosts() {
		String metrics = new Http(worker.port()).get("/metrics").body();
		return metrics.lines()
			.filter((line) -> line.startsWith("http_server_requests_seconds_count{") && line.contains("method=\"POST\"")
					&& line.contains("uri=\"/api/v1/jobs\""))
			.mapToLong((line) -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

	private static String frame(String spacecraft, Instant timestamp, long sequence, double value) {
		return """
				{"spacecraftId":"%s","timestamp":"%s","sequence":%d,"samples":{"TEST.CONSOLE.PRESSURE":%s}}"""
			.formatted(spacecraft, timestamp, sequence, value);
	}

	private static void post(String... frames) throws Exception {
		var response = spine.post("{\"frames\":[" + String.join(",", frames) + "]}", null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
	}

	/** The limit alerts of spacecraft whose id starts with the prefix. */
	private static List<JsonNode> alerts(String prefix) {
		List<JsonNode> found = new ArrayList<>();
		for (JsonNode alert : analyzer.get("/api/v1/alerts?detector=limit&limit=500").json().get("items")) {
			if (alert.get("spacecraftId").asString().startsWith(prefix)) {
				found.add(alert);
			}
		}
		return found;
	}

	@Test
	void twoAlertsAreAssignedAndTaggedAtOnceWithACommentAndTheLogShowsIt() throws Exception {
		Http.Response rule = analyzer.put("/api/v1/rules/console-workbench",
				"""
						{"parameter":"TEST.WORKBENCH.*","description":"workbench test","limits":{"warningHigh":50.0,"criticalHigh":100.0}}""");
		assertThat(rule.status()).as(rule.body()).isIn(200, 201);
		Instant t0 = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
		AtomicInteger n = new AtomicInteger();
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
			int i = n.incrementAndGet();
			post(workbenchFrame("ORB-WA", t0.plusSeconds(i), i), workbenchFrame("ORB-WB", t0.plusSeconds(i), i));
			return alerts("ORB-W").size() == 2;
		});

		Page page = browser.open("/alerts");
		// Warning limit alerts: the two raised here (the other tests' are critical).
		page.locator("#alert-filter-detector input").fill("");
		page.locator("#alert-filter-detector input").pressSequentially("limit");
		page.locator("#alert-filter-detector input").press("Enter");
		page.locator("#alert-filter-severity").click();
		page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("WARNING")).click();
		Locator spacecraftCells = page.locator("#alerts vaadin-grid-cell-content:visible")
			.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^ORB-W[AB]$")));
		assertThat(spacecraftCells).hasCount(2);
		assertThat(page.locator("#alerts-count")).hasText("2 alerts");
		page.locator("#alerts vaadin-checkbox").first().click();
		assertThat(page.locator("#alert-selection")).hasText("2 selected");

		// Bad input: a tag that is not one, refused at the field, nothing sent.
		page.locator("#alert-comment textarea").fill("same heater on both");
		page.locator("#alert-tags input").fill("thermal, Heater!");
		page.locator("#alert-tag").click();
		assertThat(page.locator("#alert-tags")).hasAttribute("invalid", "");
		assertThat(page.locator("#alert-tags")).containsText("'Heater!' is not a tag");
		ConsoleBrowser.screenshot(page, "alerts-invalid-tag");
		assertThat(alerts("ORB-W")).allSatisfy((alert) -> assertThat(alert.get("tags")).isEmpty());

		page.locator("#alert-comment textarea").fill("night shift takes both");
		page.locator("#alert-assignee input").fill("me");
		page.locator("#alert-assign").click();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> alerts("ORB-W").stream().allMatch((a) -> OPERATOR.equals(a.path("assignee").asString(""))));
		assertThat(page.locator("#alert-selection")).hasText("");
		page.locator("#alerts vaadin-checkbox").first().click();
		assertThat(page.locator("#alert-selection")).hasText("2 selected");
		page.locator("#alert-comment textarea").fill("same heater on both");
		page.locator("#alert-tags input").fill("thermal, heater");
		page.locator("#alert-tag").click();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> alerts("ORB-W").stream().allMatch((a) -> a.get("tags").size() == 2));

		// Through the analyzer: listed by assignee and tag, and logged with who and why.
		JsonNode listed = analyzer.get("/api/v1/alerts?assignee=" + OPERATOR + "&tag=heater&detector=limit").json();
		assertThat(listed.get("items").valueStream().map((a) -> a.get("spacecraftId").asString()))
			.containsExactlyInAnyOrder("ORB-WA", "ORB-WB");
		for (JsonNode alert : alerts("ORB-W")) {
			assertThat(alert.get("state").asString()).isEqualTo("OPEN");
			assertThat(alert.get("tags").valueStream().map(JsonNode::asString)).containsExactly("heater", "thermal");
			List<JsonNode> log = actions(alert.get("id").asLong());
			assertThat(log).extracting((e) -> e.get("action").asString())
				.containsExactly("RAISED", "ASSIGNED", "TAGGED");
			assertThat(log.get(1).get("comment").asString()).isEqualTo("night shift takes both");
			assertThat(log.get(1).get("detail").asString()).isEqualTo("to " + OPERATOR);
			assertThat(log.get(2).get("comment").asString()).isEqualTo("same heater on both");
			assertThat(log).allSatisfy((e) -> assertThat(e.get("by").asString()).isIn("analyzer", OPERATOR));
		}

		// The console shows them as the analyzer has them: filtered by "me" and a tag,
		// and
		// one alert in full with its log.
		page.locator("#alert-filter-assignee input").fill("me");
		page.locator("#alert-filter-assignee input").press("Enter");
		page.locator("#alert-filter-tag input").fill("heater");
		page.locator("#alert-filter-tag input").press("Enter");
		assertThat(spacecraftCells).hasCount(2);
		page.locator("#alert-filter-spacecraft input").fill("ORB-WA");
		page.locator("#alert-filter-spacecraft input").press("Enter");
		assertThat(spacecraftCells).hasCount(1);
		page.locator("#alerts vaadin-checkbox").first().click();
		assertThat(page.locator("#alert-detail-assignee")).containsText(OPERATOR);
		assertThat(page.locator("#alert-detail-tags")).containsText("heater, thermal");
		assertThat(page.locator("#alert-log [data-action]")).hasCount(3);
		assertThat(page.locator("#alert-log [data-action=ASSIGNED]")).containsText("night shift takes both");
		assertThat(page.locator("#alert-log [data-action=TAGGED]")).containsText("+thermal +heater");
		ConsoleBrowser.screenshot(page, "alerts-assigned-and-tagged");
		page.close();
	}

	private static String workbenchFrame(String spacecraft, Instant timestamp, long sequence) {
		return """
				{"spacecraftId":"%s","timestamp":"%s","sequence":%d,"samples":{"TEST.WORKBENCH.LEVEL":60.0}}"""
			.formatted(spacecraft, timestamp, sequence);
	}

	/** An alert's action log in the analyzer, oldest first. */
	private static List<JsonNode> actions(long id) {
		Http.Response response = analyzer.get("/api/v1/alerts/" + id + "/actions?limit=500");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().get("items").valueStream().toList();
	}

}

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
import space.orbit.test.TestMongo;
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

	private static ServiceProcess enricher;

	private static TestMongo archive;

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
		// The enricher archives what the processor publishes; the analyzer's backtests
		// read it.
		archive = TestMongo.newDatabase("console_archive");
		enricher = ServiceProcess.start("enricher", Spine.jar("enricher"), ServiceProcess.freePort(),
				Map.of("ORBIT_KAFKA_BOOTSTRAP", TestKafka.bootstrapServers(), "ORBIT_MONGODB_URI", archive.uri(),
						"ORBIT_SECURITY_ENABLED", "false"),
				Map.of("orbit.enricher.telemetry-topic", spine.topic, "orbit.enricher.registry-topic",
						spine.registryTopic, "orbit.enricher.consumer-group", TestNames.unique("console-enricher-")),
				Spine.logs());
		spine.startAnalyzer(state, Map.of("orbit.analyzer.enricher-url", "http://127.0.0.1:" + enricher.port()));
		worker = spine.startWorker(TestNames.unique("e2e-console-compute-"));
		console = startConsole(processorProcess.port(), spine.analyzer().port(), worker.port(), enricher.port());
		for (ServiceProcess service : List.of(spine.ingest(), processorProcess, spine.analyzer(), worker, enricher,
				console)) {
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
	 * The console with the services' URLs as settings; the logistics services' point at a
	 * port where nothing listens (services that are down).
	 */
	private static ServiceProcess startConsole(int processorPort, int analyzerPort, int workerPort, int enricherPort) {
		Map<String, String> properties = new HashMap<>();
		properties.put("orbit.console.services.processor", "http://127.0.0.1:" + processorPort);
		properties.put("orbit.console.services.analyzer", "http://127.0.0.1:" + analyzerPort);
		properties.put("orbit.console.services.worker", "http://127.0.0.1:" + workerPort);
		properties.put("orbit.console.services.enricher", "http://127.0.0.1:" + enricherPort);
		String nothing = "http://127.0.0.1:" + ServiceProcess.freePort();
		for (String down : List.of("users", "orders", "inventory")) {
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
		if (enricher != null) {
			enricher.close();
		}
		if (archive != null) {
			archive.close();
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
		assertThat(page.locator("[data-service=inventory]")).hasText("DOWN");
		assertThat(page.locator("[data-service=processor]")).hasText("UP");
		assertThat(page.locator("[data-service=analyzer]")).hasText("UP");
		assertThat(page.locator("#services")).containsText("orbit.console.services.inventory");
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

	/**
	 * Issue 14's "a backtest reports the alerts that the live rule then raises on the
	 * same data": out-of-limit frames are archived; a new rule, saved disabled in the
	 * console (bad JSON and the analyzer's 422 shown first, nothing stored), is
	 * backtested there over that span; enabled in the console, it raises live on the same
	 * samples sent again a minute later (the analyzer skips frames it has seen, so the
	 * same values come at new times), and the analyzer's alerts are the backtest's, a
	 * minute on.
	 */
	@Test
	void aBacktestReportsTheAlertsTheLiveRuleThenRaisesOnTheSameData() throws Exception {
		String spacecraftId = "ORB-BT";
		double[] pressures = { 20, 21, 26, 29, 27, 24.6, 24, 22, 30, 31, 20 };
		Instant t0 = Instant.now().minusSeconds(600).truncatedTo(ChronoUnit.SECONDS);
		postPressures(spacecraftId, t0, 0, pressures);
		Http archiveApi = new Http(enricher.port());
		String samples = "/api/v1/archive/samples?spacecraftId=" + spacecraftId + "&parameter=" + BACKTESTED + "&from="
				+ t0 + "&to=" + t0.plusSeconds(30);
		await("the enricher archives the frames").atMost(Duration.ofSeconds(90))
			.until(() -> archiveApi.get(samples).json().path("items").size() == pressures.length);

		Page page = browser.open("/rules");
		page.locator("#rule-new").click();
		page.locator("#rule-id input").fill("bt-tank");
		// Bad input: not JSON, refused at the editor, nothing sent.
		page.locator("#rule-json textarea").fill("{\"parameter\": ");
		page.locator("#rule-save").click();
		assertThat(page.locator("#rule-json")).hasAttribute("invalid", "");
		assertThat(page.locator("#rule-json")).containsText("Not JSON");
		// The analyzer's 422, pointer by pointer: a warning above the critical limit.
		page.locator("#rule-json textarea").fill(backtestedRule(29.0));
		page.locator("#rule-save").click();
		assertThat(page.locator("#rule-errors")).containsText("/limits/criticalHigh");
		assertThat(page.locator("body")).not().containsText("Exception");
		ConsoleBrowser.screenshot(page, "rules-refused");
		assertThat(analyzer.get("/api/v1/rules/bt-tank").status()).as("nothing stored").isEqualTo(404);

		page.locator("#rule-json textarea").fill(backtestedRule(25.0));
		page.locator("#rule-save").click();
		await().atMost(Duration.ofSeconds(20)).until(() -> analyzer.get("/api/v1/rules/bt-tank").status() == 200);
		assertThat(analyzer.get("/api/v1/rules/bt-tank").json().get("enabled").asBoolean()).isFalse();

		// Bad input: a rule for every spacecraft needs one named, nothing sent.
		page.locator("#backtest-run").click();
		assertThat(page.locator("#backtest-spacecraft")).hasAttribute("invalid", "");
		page.locator("#backtest-spacecraft input").fill(spacecraftId);
		page.locator("#backtest-run").click();
		assertThat(page.locator("#backtest-summary")).hasAttribute("data-alerts", "2");
		assertThat(page.locator("#backtest-summary")).containsText("over " + pressures.length + " archived samples");
		page.locator("#backtest-results").scrollIntoViewIfNeeded();
		ConsoleBrowser.screenshot(page, "rules-backtest");
		List<List<String>> reported = rows(page.locator("#backtest-results vaadin-grid-cell-content").allTextContents(),
				spacecraftId);
		assertThat(reported).hasSize(2);
		assertThat(limitAlerts(spacecraftId)).as("a backtest raises nothing").isEmpty();

		// The rule saved is the one shown.
		assertThat(page.locator("#rule-id input")).hasValue("bt-tank");
		assertThat(page.locator("#rule-toggle")).hasText("Enable");
		page.locator("#rule-toggle").click();
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			JsonNode rule = analyzer.get("/api/v1/rules/bt-tank").json();
			return rule.get("enabled").asBoolean() && rule.get("published").asBoolean();
		});
		assertThat(page.locator("#rule-toggle")).hasText("Disable");
		// The rule is live once a probe of another spacecraft raises.
		AtomicInteger probes = new AtomicInteger();
		await("the enabled rule applies").atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> {
				postPressures("ORB-BT-PROBE", Instant.now(), probes.incrementAndGet(), 99.0);
				return !limitAlerts("ORB-BT-PROBE").isEmpty();
			});
		// The probe back to nominal: its alert clears, and the workbench's test finds no
		// open alert of this one.
		postPressures("ORB-BT-PROBE", Instant.now().plusSeconds(1), probes.incrementAndGet(), 20.0);
		await("the probe's alert clears").atMost(Duration.ofSeconds(30))
			.until(() -> limitAlerts("ORB-BT-PROBE").stream()
				.allMatch(alert -> alert.get("state").asString().equals("CLEARED")));

		Duration later = Duration.ofMinutes(1);
		postPressures(spacecraftId, t0.plus(later), 100, pressures);
		await("the live alerts clear").atMost(Duration.ofSeconds(60))
			.until(() -> limitAlerts(spacecraftId).size() == 2 && limitAlerts(spacecraftId).stream()
				.allMatch(alert -> alert.get("state").asString().equals("CLEARED")));
		List<JsonNode> live = limitAlerts(spacecraftId);
		live.sort(java.util.Comparator.comparing(alert -> Instant.parse(alert.get("firstSeen").asString())));
		for (int i = 0; i < 2; i++) {
			List<String> row = reported.get(i);
			JsonNode alert = live.get(i);
			assertThat(List.of(alert.get("parameter").asString(), alert.get("detector").asString(),
					alert.get("severity").asString(), Long.toString(alert.get("count").asLong())))
				.as("live alert %s against the backtest's row %s", alert, row)
				.isEqualTo(List.of(row.get(1), row.get(2), row.get(3), row.get(6)));
			assertThat(Instant.parse(alert.get("firstSeen").asString()))
				.isEqualTo(Instant.parse(row.get(4)).plus(later));
			assertThat(Instant.parse(alert.get("lastSeen").asString()))
				.isEqualTo(Instant.parse(row.get(5)).plus(later));
			assertThat(row.get(7)).isEqualTo("cleared");
		}
		page.close();
	}

	private static final String BACKTESTED = "TEST.BACKTEST.PRESSURE";

	private static String backtestedRule(double warningHigh) {
		return """
				{"parameter":"%s","enabled":false,"description":"tank pressure, tried before it is on",
				 "limits":{"warningHigh":%s,"criticalHigh":28.0,"hysteresis":0.5}}""".formatted(BACKTESTED,
				warningHigh);
	}

	/** One frame a second from {@code start}, sequences from {@code sequence}. */
	private static void postPressures(String spacecraftId, Instant start, long sequence, double... values)
			throws Exception {
		List<String> frames = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			frames.add("""
					{"spacecraftId":"%s","timestamp":"%s","sequence":%d,"samples":{"%s":%s}}""".formatted(spacecraftId,
					start.plusSeconds(i), sequence + i, BACKTESTED, values[i]));
		}
		post(frames.toArray(String[]::new));
	}

	private static List<JsonNode> limitAlerts(String spacecraftId) {
		List<JsonNode> found = new ArrayList<>();
		analyzer.get("/api/v1/alerts?detector=limit&limit=500&spacecraftId=" + spacecraftId)
			.json()
			.get("items")
			.forEach(found::add);
		return found;
	}

	/**
	 * A results grid's rows (nine cells each), from the cells' texts: each starts at the
	 * spacecraft.
	 */
	private static List<List<String>> rows(List<String> cells, String spacecraftId) {
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i + 9 <= cells.size(); i++) {
			if (cells.get(i).strip().equals(spacecraftId)) {
				rows.add(cells.subList(i, i + 9).stream().map(String::strip).toList());
				i += 8;
			}
		}
		return rows;
	}

}

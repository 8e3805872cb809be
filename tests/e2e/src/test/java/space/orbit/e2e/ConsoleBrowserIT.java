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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
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
 * JVM (ingest, processor, analyzer, worker, the enricher on the MongoDB stand-in, users,
 * orders, inventory, console): each test does an operator's task in the browser and
 * asserts its effect through the API of the service that owns it. The test of a service
 * that is down stops one, so it runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT {

	private static final String OPERATOR = "e2e-operator";

	private static final String PARAMETER = "TEST.CONSOLE.TANK.TEMP";

	private static final Instant TANK_START = Instant.now().minusSeconds(600).truncatedTo(ChronoUnit.SECONDS);

	private static final AtomicInteger TANK_SEQUENCE = new AtomicInteger();

	private static Spine spine;

	private static ServiceProcess worker;

	private static ServiceProcess enricher;

	private static TestMongo archive;

	private static ServiceProcess console;

	private static Logistics logistics;

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
		// and the console's history read it.
		enricher = startEnricher();
		spine.startAnalyzer(state, Map.of("orbit.analyzer.enricher-url", "http://127.0.0.1:" + enricher.port()));
		worker = spine.startWorker(TestNames.unique("e2e-console-compute-"));
		logistics = Logistics.open();
		logistics.startUsers(false);
		logistics.startOrders(false);
		logistics.startInventory();
		Map<String, ServiceProcess> services = Map.of("processor", processorProcess, "analyzer", spine.analyzer(),
				"worker", worker, "enricher", enricher, "users", logistics.users, "orders", logistics.orders,
				"inventory", logistics.inventory);
		console = startConsole(services);
		for (ServiceProcess service : List.of(spine.ingest(), processorProcess, spine.analyzer(), worker, enricher,
				logistics.users, logistics.orders, logistics.inventory, console)) {
			service.awaitReady();
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
	 * The enricher on a stand-in database of its own, buckets of 10 s (a bucket of the
	 * export test's 100 Hz frames holds 1,000 samples, as ADR 0005 advises at such
	 * rates).
	 */
	private static ServiceProcess startEnricher() {
		archive = TestMongo.newDatabase("console_archive");
		return ServiceProcess.start("enricher", Spine.jar("enricher"), ServiceProcess.freePort(),
				Map.of("ORBIT_KAFKA_BOOTSTRAP", TestKafka.bootstrapServers(), "ORBIT_MONGODB_URI", archive.uri(),
						"ORBIT_SECURITY_ENABLED", "false"),
				Map.of("orbit.enricher.telemetry-topic", spine.topic, "orbit.enricher.registry-topic",
						spine.registryTopic, "orbit.enricher.consumer-group", TestNames.unique("console-enricher-"),
						"orbit.enricher.archive.window", "10s"),
				Spine.logs());
	}

	/** The console with the services' URLs as settings. */
	private static ServiceProcess startConsole(Map<String, ServiceProcess> services) {
		Map<String, String> properties = new HashMap<>();
		services.forEach((name, service) -> properties.put("orbit.console.services." + name,
				"http://127.0.0.1:" + service.port()));
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
		if (logistics != null) {
			logistics.close();
		}
		if (spine != null) {
			spine.close();
		}
	}

	@Test
	void aLimitChangedInTheConsoleIsTheOneTheProcessorServes() throws Exception {
		long before = parameter().get("version").asLong();
		// The analyzer checks the old limits (warning high 60): 65 raises, 58 clears.
		JsonNode old = awaitTankAlert(65.0, 60.0);
		postTank(58.0);
		await().atMost(Duration.ofSeconds(30)).until(() -> tankAlert(old.get("id").asLong()).equals("CLEARED"));
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

		// A hysteresis alone is no limit: refused at its field, nothing sent.
		page.locator("#limit-warningHigh input").fill("");
		page.locator("#limit-criticalHigh input").fill("");
		page.locator("#limit-criticalLow input").fill("");
		page.locator("#limit-warningLow input").fill("");
		page.locator("#limit-hysteresis input").fill("2");
		page.locator("#parameter-save").click();
		assertThat(page.locator("#limit-hysteresis")).hasAttribute("invalid", "");
		assertThat(parameter().get("version").asLong()).as("nothing sent").isEqualTo(before);

		// One-sided: no low limits at all, a new warning high, a hysteresis of 2.
		page.locator("#limit-warningHigh input").fill("55.5");
		page.locator("#limit-criticalHigh input").fill("70");
		page.locator("#limit-criticalLow input").fill("");
		page.locator("#limit-warningLow input").fill("");
		page.locator("#limit-hysteresis input").fill("2");
		page.locator("#parameter-save").click();
		await().atMost(Duration.ofSeconds(20)).until(() -> parameter().get("version").asLong() > before);
		JsonNode limits = parameter().get("limits");
		assertThat(limits.get("warningHigh").asDouble()).isEqualTo(55.5);
		assertThat(limits.get("criticalHigh").asDouble()).isEqualTo(70.0);
		assertThat(limits.get("hysteresis").asDouble()).isEqualTo(2.0);
		assertThat(limits.path("criticalLow").isNull() || limits.path("criticalLow").isMissingNode())
			.as(limits.toString())
			.isTrue();
		assertThat(limits.path("warningLow").isNull() || limits.path("warningLow").isMissingNode()).isTrue();
		assertThat(page.locator("#parameters")).containsText("55.5");
		ConsoleBrowser.screenshot(page, "parameters-saved");
		page.close();

		// The next 58 (inside the old limits) raises the analyzer's alert at the new one.
		JsonNode raised = awaitTankAlert(58.0, 55.5);
		assertThat(raised.get("id").asLong()).isNotEqualTo(old.get("id").asLong());
		assertThat(raised.get("value").asDouble()).isEqualTo(58.0);
		assertThat(raised.get("ruleId").asString()).isEqualTo("parameter/ORBIT-DEMO/" + PARAMETER);

		// Inside by less than the hysteresis: still open.
		postTank(54.5);
		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(5))
			.until(() -> tankAlert(raised.get("id").asLong()).equals("OPEN"));
		// Back inside the new limits it clears (and leaves the shared stack's other tests
		// no open warning of its own).
		postTank(40.0);
		await().atMost(Duration.ofSeconds(30)).until(() -> tankAlert(raised.get("id").asLong()).equals("CLEARED"));
	}

	/**
	 * Posts the tank temperature of ORB-4 once a second until an open limit alert with
	 * this threshold is there.
	 */
	private static JsonNode awaitTankAlert(double value, double threshold) {
		JsonNode[] found = new JsonNode[1];
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
			postTank(value);
			found[0] = alerts("ORB-4").stream()
				.filter((a) -> a.get("state").asString().equals("OPEN") && a.get("threshold").asDouble() == threshold)
				.findFirst()
				.orElse(null);
			return found[0] != null;
		});
		return found[0];
	}

	private static String tankAlert(long id) {
		return alerts("ORB-4").stream()
			.filter((a) -> a.get("id").asLong() == id)
			.findFirst()
			.orElseThrow()
			.get("state")
			.asString();
	}

	private static void postTank(double value) throws Exception {
		int i = TANK_SEQUENCE.incrementAndGet();
		post("""
				{"spacecraftId":"ORB-4","timestamp":"%s","sequence":%d,"samples":{"%s":%s}}"""
			.formatted(TANK_START.plusSeconds(i), i, PARAMETER, value));
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

	/**
	 * A calibration edited in the console: bad input stays at its field with nothing
	 * sent, a polynomial previewed and saved is the processor's (its limits unchanged),
	 * the enricher calibrates the next sample by it, and the console's audit view shows
	 * the change with the operator's name as the processor's audit trail has it.
	 */
	@Test
	void aCalibrationEditedInTheConsoleCalibratesTheNextSampleAndIsInTheAudit() throws Exception {
		String name = "TEST.CONSOLE.CAL.PRESSURE";
		Http.Response created = processor.post("/api/v1/parameters", """
				{"missionId":"ORBIT-DEMO","name":"%s","subsystem":"PROP","unit":"bar","rawType":"FLOAT",
				 "limits":{"warningHigh":200.0}}""".formatted(name));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long before = calibrated(name).get("version").asLong();
		Page page = browser.open("/parameters");
		page.getByText(name).click();
		assertThat(page.locator("#parameter-unit input")).hasValue("bar");

		// Bad input at the field, nothing sent: a coefficient that is not a number, a
		// table whose raw values do not increase.
		page.locator("#calibration-type vaadin-radio-button").getByText("Polynomial").click();
		page.locator("#calibration-coefficients input").fill("1, two");
		assertThat(page.locator("#calibration-preview")).containsText("No preview");
		page.locator("#calibration-save").click();
		assertThat(page.locator("#calibration-coefficients")).hasAttribute("invalid", "");
		assertThat(page.locator("#calibration-coefficients"))
			.containsText("Coefficient c1 'two' is not a finite number.");
		page.locator("#calibration-type vaadin-radio-button").getByText("Lookup table").click();
		page.locator("#calibration-points textarea").fill("0, -40\n0, 10");
		assertThat(page.locator("#calibration-preview")).containsText("raw values must increase strictly");
		page.locator("#calibration-save").click();
		assertThat(page.locator("#calibration-points")).hasAttribute("invalid", "");
		assertThat(page.locator("#calibration-points")).containsText("Line 2: raw 0 follows 0");
		ConsoleBrowser.screenshot(page, "parameters-invalid-calibration");
		assertThat(calibrated(name).get("version").asLong()).as("nothing sent").isEqualTo(before);

		// A polynomial 0.5 + 2 raw, its curve previewed before saving.
		page.locator("#calibration-type vaadin-radio-button").getByText("Polynomial").click();
		page.locator("#calibration-coefficients input").fill("0.5, 2");
		assertThat(page.locator("#calibration-preview polyline")).hasCount(1);
		assertThat(page.locator("#calibration-preview")).containsText("Previewed over raw 0 to 4095");
		ConsoleBrowser.screenshot(page, "parameters-calibration-preview");
		page.locator("#calibration-save").click();
		await().atMost(Duration.ofSeconds(20)).until(() -> calibrated(name).get("version").asLong() > before);
		JsonNode saved = calibrated(name);
		assertThat(saved.get("calibration").get("type").asString()).isEqualTo("POLYNOMIAL");
		assertThat(saved.get("calibration").get("coefficients")).extracting(JsonNode::asDouble)
			.containsExactly(0.5, 2.0);
		assertThat(saved.get("limits").get("warningHigh").asDouble()).as("limits kept").isEqualTo(200.0);
		assertThat(saved.get("unit").asString()).isEqualTo("bar");
		assertThat(page.locator("#parameters")).containsText("POLYNOMIAL");

		// The next sample is calibrated by it: raw 10 is 20.5 bar in the enricher's
		// archive.
		Instant t0 = Instant.now().minus(Duration.ofMinutes(20)).truncatedTo(ChronoUnit.SECONDS);
		AtomicInteger probe = new AtomicInteger();
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
			int i = probe.incrementAndGet();
			post("""
					{"spacecraftId":"ORB-3","timestamp":"%s","sequence":%d,"samples":{"%s":10}}"""
				.formatted(t0.plusSeconds(i), 3_000_000 + i, name));
			JsonNode items = archived(name, t0, t0.plusSeconds(600)).get("items");
			return !items.isEmpty() && items.get(items.size() - 1).path("eng").asDouble() == 20.5;
		});

		// The audit view, opened from the parameter, shows the change as the processor
		// recorded it: by the console's operator, the calibration before and after.
		JsonNode entry = processor.get("/api/v1/registry/audit?kind=parameter&entityId=ORBIT-DEMO/" + name + "&limit=1")
			.json()
			.get("items")
			.get(0);
		assertThat(entry.get("actor").asString()).isEqualTo(OPERATOR);
		assertThat(entry.get("action").asString()).isEqualTo("UPDATED");
		assertThat(entry.get("before").path("calibration").isNull()
				|| entry.get("before").path("calibration").isMissingNode())
			.isTrue();
		assertThat(entry.get("after").get("calibration").get("coefficients")).extracting(JsonNode::asDouble)
			.containsExactly(0.5, 2.0);
		page.locator("#parameter-history").click();
		assertThat(page.locator("#audit-entity input")).hasValue("ORBIT-DEMO/" + name);
		Locator row = page.locator("#audit vaadin-grid-cell-content")
			.filter(new Locator.FilterOptions().setHasText("polynomial 0.5, 2"));
		assertThat(row).hasCount(1);
		assertThat(row).containsText("calibration: — → polynomial 0.5, 2");
		String at = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
			.withZone(java.time.ZoneOffset.UTC)
			.format(Instant.parse(entry.get("at").asString()));
		assertThat(page.locator("#audit")).containsText(at);
		assertThat(page.locator("#audit")).containsText(OPERATOR);
		assertThat(page.locator("#audit-shown")).hasAttribute("data-count", "2");
		assertThat(page.locator("#audit-shown")).containsText("2 changes, newest first");
		ConsoleBrowser.screenshot(page, "audit-parameter");

		// Every parameter (the link's kind stays): as many changes as the processor
		// lists;
		// then spacecraft only.
		page.locator("#audit-entity input").fill("");
		page.locator("#audit-entity input").press("Enter");
		int newest = processor.get("/api/v1/registry/audit?kind=parameter&limit=100").json().get("items").size();
		assertThat(newest).isGreaterThan(2);
		assertThat(page.locator("#audit-shown")).hasAttribute("data-count", Integer.toString(newest));
		ConsoleBrowser.screenshot(page, "audit-all");
		page.close();
		page = browser.open("/audit?kind=spacecraft");
		assertThat(page.locator("#audit-kind")).containsText("spacecraft");
		assertThat(page.locator("#audit")).containsText("spacecraft ORB-1");
		assertThat(page.locator("#audit")).not().containsText("polynomial 0.5, 2");
		page.close();
	}

	private static JsonNode calibrated(String name) {
		return processor.get("/api/v1/parameters/ORBIT-DEMO/" + name).json();
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
		ConsoleBrowser.pick(page, "#alert-filter-detector", "limit");
		// Critical: the workbench test's limit alerts are warnings.
		ConsoleBrowser.choose(page, "#alert-filter-severity", "CRITICAL");
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

	/**
	 * Issue 14's flight dynamics: a ground track (bad step first: a message at the field,
	 * nothing sent) and a spectral analysis of telemetry posted through ingest and stored
	 * by the processor, each shown as the worker's result: the track's points in the
	 * table and its map cut at the 180° meridian as often as the worker's track crosses
	 * it; the spectrum's peaks as the worker found them.
	 */
	@Test
	void aGroundTrackAndASpectralAnalysisShowTheWorkersResults() throws Exception {
		Instant t0 = Instant.now().minusSeconds(480).truncatedTo(ChronoUnit.SECONDS);
		List<String> frames = new ArrayList<>();
		for (int i = 0; i < 256; i++) {
			double value = 20 + 5 * Math.sin(2 * Math.PI * i / 16.0) + Math.sin(2 * Math.PI * i / 5.0);
			frames.add("""
					{"spacecraftId":"ORB-SPEC","timestamp":"%s","sequence":%d,"samples":{"%s":%s}}"""
				.formatted(t0.plusSeconds(i), i + 1, SPECTRAL, value));
		}
		post(frames.toArray(String[]::new));
		long posts = jobPosts();
		Page page = browser.open("/flight-dynamics");
		page.locator("#fd-tab-track").click();
		ConsoleBrowser.enter(page, "#gt-spacecraft", "ORB-2");
		page.locator("#gt-step input").fill("0.5");
		page.locator("#gt-submit").click();
		assertThat(page.locator("#gt-step")).hasAttribute("invalid", "");
		assertThat(page.locator("#gt-step")).containsText("A number from 1.0 to 3600.0");
		ConsoleBrowser.screenshot(page, "flight-track-invalid-step");
		assertThat(jobPosts()).as("nothing sent").isEqualTo(posts);

		page.locator("#gt-step input").fill("30");
		JsonNode track = submitted(page, "#gt-submit", "GROUND_TRACK");
		assertThat(track.get("parameters").get("spacecraftId").asString()).isEqualTo("ORB-2");
		JsonNode points = track.get("result").get("points");
		// 95 minutes every 30 s, both ends included
		assertThat(points.size()).isEqualTo(191);
		assertThat(page.locator("#gt-count")).hasAttribute("data-points", "191");
		JsonNode first = points.get(0);
		assertThat(page.locator("#gt-points"))
			.containsText(Instant.parse(first.get("time").asString()).truncatedTo(ChronoUnit.SECONDS).toString());
		assertThat(page.locator("#gt-points"))
			.containsText(String.format(java.util.Locale.ROOT, "%.3f", first.get("latitude").asDouble()));
		int crossings = 0;
		for (int i = 1; i < points.size(); i++) {
			if (Math
				.abs(points.get(i).get("longitude").asDouble() - points.get(i - 1).get("longitude").asDouble()) > 180) {
				crossings++;
			}
		}
		assertThat(page.locator("#gt-map polyline")).hasCount(crossings + 1);
		ConsoleBrowser.screenshot(page, "flight-ground-track");

		String samples = "/api/v1/samples?spacecraftId=ORB-SPEC&parameter=" + SPECTRAL + "&from=" + t0 + "&to="
				+ t0.plusSeconds(256) + "&limit=1000";
		await("the processor stores the samples").atMost(Duration.ofSeconds(60))
			.until(() -> processor.get(samples).json().path("items").size() == 256);
		page.locator("#fd-tab-spectral").click();
		ConsoleBrowser.enter(page, "#sa-spacecraft", "ORB-SPEC");
		page.locator("#sa-parameter input").fill(SPECTRAL);
		page.locator("#sa-peaks-wanted input").fill("3");
		JsonNode spectrum = submitted(page, "#sa-submit", "SPECTRAL_ANALYSIS");
		JsonNode result = spectrum.get("result");
		assertThat(result.get("samples").asInt()).isEqualTo(256);
		JsonNode peaks = result.get("peaks");
		// At most the 3 asked for: the strongest is the 16 s wave, the 5 s one is there
		// too.
		assertThat(peaks.size()).isBetween(2, 3);
		assertThat(peaks.get(0).get("period").asDouble()).isCloseTo(16.0, org.assertj.core.data.Offset.offset(0.5));
		assertThat(peaks.valueStream().map((peak) -> peak.get("period").asDouble()))
			.anySatisfy((period) -> assertThat(period).isCloseTo(5.0, org.assertj.core.data.Offset.offset(0.2)));
		assertThat(page.locator("#sa-summary")).containsText("256 samples");
		List<String> cells = page.locator("#sa-peaks vaadin-grid-cell-content").allTextContents();
		for (JsonNode peak : peaks) {
			assertThat(cells).contains(String.format(java.util.Locale.ROOT, "%.4g", peak.get("period").asDouble()));
		}
		assertThat(page.locator("#sa-chart polyline")).hasCount(1);
		ConsoleBrowser.screenshot(page, "flight-spectral-analysis");
		page.close();
	}

	private static final String SPECTRAL = "TEST.SPECTRAL.WHEEL.SPEED";

	/**
	 * A conjunction screening of ORB-2 (from the mission database) and a debris object
	 * pasted as a TLE: the close approaches shown nearest first, as the worker found
	 * them. Then a screening of 800 objects over a week: 8 days refused at the field
	 * (nothing sent), 7 days submitted and cancelled while it runs, which the worker
	 * records.
	 */
	@Test
	void aConjunctionScreeningListsTheNearestApproachFirstAndARunningOneIsCancelled() {
		JsonNode tle = spacecraft("ORB-2").get("tle");
		String line1 = tle.get("line1").asString();
		String line2 = tle.get("line2").asString();
		String[] debris = tleOf(line1, line2, 99102, 97.46, 213.9427, 72.05);
		Page page = browser.open("/flight-dynamics");
		page.locator("#fd-tab-screening").click();
		page.locator("#cs-spacecraft input").fill("ORB-2");
		page.getByRole(com.microsoft.playwright.options.AriaRole.OPTION,
				new Page.GetByRoleOptions().setName("ORB-2").setExact(true))
			.click();
		page.locator("#cs-spacecraft input").press("Escape");
		assertThat(page.locator("#cs-spacecraft")).not().hasAttribute("opened", "");
		page.locator("#cs-objects textarea").fill("DEBRIS-A\n" + debris[0] + "\n" + debris[1] + "\n");
		JsonNode screening = submitted(page, "#cs-submit", "CONJUNCTION_SCREENING");
		List<JsonNode> approaches = new ArrayList<>();
		screening.get("result").get("conjunctions").forEach(approaches::add);
		assertThat(approaches).as("ORB-2 and its debris a few km apart").isNotEmpty();
		approaches.sort(java.util.Comparator.comparingDouble((JsonNode c) -> c.get("missDistance").asDouble()));
		assertThat(page.locator("#cs-count")).hasAttribute("data-conjunctions", Integer.toString(approaches.size()));
		// The first row is the nearest approach.
		List<String> cells = page.locator("#cs-conjunctions vaadin-grid-cell-content").allTextContents();
		JsonNode nearest = approaches.get(0);
		int at = cells.indexOf(String.format(java.util.Locale.ROOT, "%.3f", nearest.get("missDistance").asDouble()));
		assertThat(at).as(cells.toString()).isGreaterThanOrEqualTo(0);
		assertThat(cells.get(at + 1))
			.isEqualTo(Instant.parse(nearest.get("tca").asString()).truncatedTo(ChronoUnit.SECONDS).toString());
		assertThat(cells.subList(0, at)).as("only headers before the nearest")
			.allSatisfy((cell) -> assertThat(cell).doesNotMatch("\\d+\\.\\d{3}"));
		ConsoleBrowser.screenshot(page, "flight-conjunctions");

		StringBuilder catalog = new StringBuilder();
		for (int i = 0; i < 800; i++) {
			String[] lines = tleOf(line1, line2, 10_000 + i, 97.45, (i * 0.45) % 360, (i * 7.3) % 360);
			catalog.append("OBJ-").append(i).append('\n').append(lines[0]).append('\n').append(lines[1]).append('\n');
		}
		// 2,400 lines: typing them takes the browser a while on a busy machine.
		page.locator("#cs-objects textarea").fill(catalog.toString(), new Locator.FillOptions().setTimeout(90_000));
		java.time.LocalDate startDay = java.time.LocalDate
			.parse(page.locator("#cs-start vaadin-date-picker input").inputValue());
		page.locator("#cs-end vaadin-date-picker input").fill(startDay.plusDays(8).toString());
		page.locator("#cs-end vaadin-date-picker input").press("Enter");
		long posts = jobPosts();
		page.locator("#cs-submit").click();
		assertThat(page.locator("#cs-end")).hasAttribute("invalid", "");
		assertThat(page.locator("#cs-end")).containsText("At most 7 days after the start");
		ConsoleBrowser.screenshot(page, "flight-screening-invalid-span");
		assertThat(jobPosts()).as("nothing sent").isEqualTo(posts);

		page.locator("#cs-end vaadin-date-picker input").fill(startDay.plusDays(7).toString());
		page.locator("#cs-end vaadin-date-picker input").press("Enter");
		page.locator("#cs-submit").click();
		assertThat(page.locator("#fd-job-state")).hasAttribute("data-state", "RUNNING");
		page.locator("#fd-cancel").click();
		assertThat(page.locator("#fd-job-state")).hasAttribute("data-state", "CANCELLED");
		ConsoleBrowser.screenshot(page, "flight-screening-cancelled");
		JsonNode cancelled = new Http(worker.port()).get("/api/v1/jobs/" + page.locator("#fd-job-id").textContent())
			.json();
		assertThat(cancelled.get("state").asString()).isEqualTo("CANCELLED");
		// Cancelled by a person, the one who submitted it (with security off the worker
		// names no user: both are its anonymous caller).
		assertThat(cancelled.get("cancelledBy").asString()).isEqualTo(cancelled.get("submittedBy").asString());
		assertThat(cancelled.get("progress").asDouble()).isLessThan(1.0);
		assertThat(cancelled.get("parameters").get("objects").size()).isEqualTo(801);
		page.close();
	}

	/**
	 * Submits a form and waits for its job to succeed on the page (a new job id first:
	 * the state shown until then is the previous job's); the job as the worker has it.
	 */
	private static JsonNode submitted(Page page, String button, String type) {
		String before = page.locator("#fd-job-id").textContent();
		page.locator(button).click();
		assertThat(page.locator("#fd-job-id")).not().hasText(Pattern.compile("^" + before + "$"));
		assertThat(page.locator("#fd-job-state")).hasAttribute("data-state", "SUCCEEDED",
				new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(120_000));
		JsonNode job = new Http(worker.port()).get("/api/v1/jobs/" + page.locator("#fd-job-id").textContent()).json();
		assertThat(job.get("type").asString()).isEqualTo(type);
		assertThat(job.get("state").asString()).isEqualTo("SUCCEEDED");
		assertThat(page.locator("#fd-job-type")).hasText(type);
		return job;
	}

	/**
	 * ORB-2's TLE as another object: its number, inclination, node and mean anomaly
	 * changed.
	 */
	private static String[] tleOf(String line1, String line2, int number, double inclination, double node,
			double meanAnomaly) {
		String id = String.format(java.util.Locale.ROOT, "%05d", number);
		String first = line1.substring(0, 2) + id + line1.substring(7, 68);
		String second = "2 " + id + " " + String.format(java.util.Locale.ROOT, "%8.4f %8.4f", inclination, node)
				+ line2.substring(25, 43) + String.format(java.util.Locale.ROOT, "%8.4f", meanAnomaly)
				+ line2.substring(51, 68);
		return new String[] { withChecksum(first), withChecksum(second) };
	}

	private static String withChecksum(String line) {
		assertThat(line).hasSize(68);
		int sum = 0;
		for (char c : line.toCharArray()) {
			sum += Character.isDigit(c) ? c - '0' : (c == '-') ? 1 : 0;
		}
		return line + (sum % 10);
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
	 * History: two parameters of ORB-3 (one calibrated) posted through ingest, shown raw
	 * and reduced by step, each checked against the enricher's own API; bad input stays
	 * at its field with nothing sent.
	 */
	@Test
	void aHistoryChartAndTableShowTheEnrichersArchive() throws Exception {
		String volts = "TEST.CONSOLE.HISTORY.VOLTS";
		String temp = "TEST.CONSOLE.HISTORY.TEMP";
		Http.Response created = processor.post("/api/v1/parameters", """
				{"missionId":"ORBIT-DEMO","name":"%s","subsystem":"EPS","unit":"V","rawType":"FLOAT",
				 "calibration":{"type":"POLYNOMIAL","coefficients":[0.0,0.01]}}""".formatted(volts));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		Instant t0 = Instant.now().minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MINUTES);
		// the enricher calibrates once it has read the new definition from the registry
		AtomicInteger probe = new AtomicInteger();
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
			int i = probe.incrementAndGet();
			post(historyFrame(t0.minusSeconds(120 - i), 1_000_000 + i, 1000, 0));
			JsonNode items = archived(volts, t0.minusSeconds(120), t0).get("items");
			return !items.isEmpty() && items.get(items.size() - 1).path("eng").asDouble() == 10.0;
		});
		List<String> frames = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			frames.add(historyFrame(t0.plusSeconds(i), 2_000_000 + i, 2800 + i, -20 + 5 * Math.sin(i / 10.0)));
		}
		post(frames.toArray(String[]::new));
		Instant t1 = t0.plusSeconds(120);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> archived(volts, t0, t1).get("items").size() == 120
					&& archived(temp, t0, t1).get("items").size() == 120);
		JsonNode second = archived(volts, t0, t1).get("items").get(1);

		Page page = browser.open("/history");
		ConsoleBrowser.enter(page, "#history-spacecraft", "ORB-3");
		ConsoleBrowser.enter(page, "#history-parameter", volts);
		ConsoleBrowser.enter(page, "#history-compare", temp);
		page.locator("#history-from input").fill("yesterday");
		page.locator("#history-to input").fill(t1.toString());
		long reads = archiveReads();
		page.locator("#history-show").click();
		assertThat(page.locator("#history-from")).hasAttribute("invalid", "");
		assertThat(page.locator("#history-from")).containsText("An instant such as");
		ConsoleBrowser.screenshot(page, "history-invalid-from");
		assertThat(archiveReads()).as("nothing sent").isEqualTo(reads);

		page.locator("#history-from input").fill(t0.toString());
		page.locator("#history-show").click();
		assertThat(page.locator("#history-summary")).hasAttribute("data-rows", "120");
		assertThat(page.locator("#history-chart polyline")).hasCount(2);
		// raw and calibrated side by side, as the enricher archived them
		assertThat(page.locator("#history-table")).containsText(second.get("timestamp").asString());
		assertThat(page.locator("#history-table")).containsText(second.get("raw").toString());
		assertThat(second.get("eng").asDouble()).isEqualTo(28.01);
		assertThat(page.locator("#history-table")).containsText("28.01");
		assertThat(page.locator("#history-table")).containsText("calibrated (V)");
		ConsoleBrowser.screenshot(page, "history-raw");

		page.getByText("Reduced by step").click();
		page.locator("#history-step input").fill("10s");
		page.locator("#history-show").click();
		JsonNode steps = new Http(enricher.port())
			.get("/api/v1/archive/steps?spacecraftId=ORB-3&parameter=" + volts + "&from=" + t0 + "&to=" + t1
					+ "&step=10s")
			.json()
			.get("items");
		assertThat(steps).hasSize(12);
		assertThat(page.locator("#history-summary")).hasAttribute("data-rows", "12");
		JsonNode first = steps.get(0);
		assertThat(first.get("count").asLong()).isEqualTo(10);
		// the first step's mean: (28.00 + ... + 28.09) / 10
		assertThat(first.get("avg").asDouble()).isCloseTo(28.045, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(page.locator("#history-table")).containsText("28.045");
		ConsoleBrowser.screenshot(page, "history-reduced");
		page.close();
	}

	/**
	 * A CSV export of 1,000,000 samples (two parameters of 500,000 frames at 100 Hz,
	 * posted through ingest in batches), relayed by the console to the browser's download
	 * with progress: every row arrives, as many as the enricher announces; a second
	 * export cancelled midway is broken off.
	 */
	@Test
	void aCsvExportOfAMillionSamplesHasEveryRow() throws Exception {
		int frames = 500_000;
		Instant start = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);
		long posting = System.nanoTime();
		for (int batch = 0; batch < frames / 2_000; batch++) {
			StringBuilder body = new StringBuilder(260_000).append("{\"frames\":[");
			for (int i = batch * 2_000; i < (batch + 1) * 2_000; i++) {
				if (i > batch * 2_000) {
					body.append(',');
				}
				body.append("{\"spacecraftId\":\"ORB-EXPORT\",\"timestamp\":\"")
					.append(start.plusMillis(10L * i))
					.append("\",\"sequence\":")
					.append(i)
					.append(",\"samples\":{\"EXPORT.A\":")
					.append(i % 1000)
					.append(",\"EXPORT.B\":")
					.append(i % 7 * 0.5)
					.append("}}");
			}
			var response = spine.post(body.append("]}").toString(), null);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		}
		Duration posted = Duration.ofNanos(System.nanoTime() - posting);
		Instant end = start.plusMillis(10L * frames);
		String range = "spacecraftId=ORB-EXPORT&from=" + start + "&to=" + end;
		await("the enricher's archive holds the 1,000,000 samples").atMost(Duration.ofMinutes(20))
			.pollInterval(Duration.ofSeconds(5))
			.until(() -> stepCount(range, "EXPORT.A") + stepCount(range, "EXPORT.B") == 2L * frames);
		Duration archived = Duration.ofNanos(System.nanoTime() - posting);
		System.out.printf("ConsoleBrowserIT export: 1,000,000 samples posted in %d s, archived after %d s%n",
				posted.toSeconds(), archived.toSeconds());

		Page page = browser.open("/history");
		ConsoleBrowser.enter(page, "#history-spacecraft", "ORB-EXPORT");
		ConsoleBrowser.enter(page, "#history-parameter", "EXPORT.A");
		ConsoleBrowser.enter(page, "#history-compare", "EXPORT.B");
		page.locator("#history-from input").fill(start.toString());
		page.locator("#history-to input").fill(end.toString());
		long exporting = System.nanoTime();
		com.microsoft.playwright.Download download = page.waitForDownload(
				new Page.WaitForDownloadOptions().setTimeout(600_000), () -> page.locator("#history-export").click());
		assertThat(page.locator("#history-export-status")).hasAttribute("data-rows", Pattern.compile("[1-9][0-9]*"));
		ConsoleBrowser.screenshot(page, "history-export-running");
		Path file = download.path();
		assertThat(download.failure()).isNull();
		long lines;
		try (var stream = Files.lines(file)) {
			lines = stream.count();
		}
		System.out.printf("ConsoleBrowserIT export: %d lines through the console in %d s%n", lines,
				Duration.ofNanos(System.nanoTime() - exporting).toSeconds());
		try (var reader = Files.newBufferedReader(file)) {
			assertThat(reader.readLine()).isEqualTo("timestamp,spacecraftId,parameter,sequence,raw,calibrated,unit");
			String[] first = reader.readLine().split(",", -1);
			assertThat(Instant.parse(first[0])).isEqualTo(start);
			// EXPORT.A is in no mission database: its calibrated value is its raw one
			assertThat(first).containsExactly(first[0], "ORB-EXPORT", "EXPORT.A", "0", "0", "0.0", "");
		}
		assertThat(lines - 1).isEqualTo(2L * frames);
		assertThat(announcedRows(range + "&parameter=EXPORT.A&parameter=EXPORT.B")).isEqualTo(2L * frames);
		assertThat(page.locator("#history-export-status")).hasAttribute("data-state", "DONE");
		assertThat(page.locator("#history-export-status")).hasText("Exported 1,000,000 rows");
		ConsoleBrowser.screenshot(page, "history-export-done");

		com.microsoft.playwright.Download cancelled = page.waitForDownload(() -> {
			page.locator("#history-export").click();
			assertThat(page.locator("#history-export-status")).hasAttribute("data-rows",
					Pattern.compile("[1-9][0-9]*"));
			page.locator("#history-export-cancel").click();
		});
		assertThat(page.locator("#history-export-status")).hasAttribute("data-state", "CANCELLED");
		ConsoleBrowser.screenshot(page, "history-export-cancelled");
		assertThat(cancelled.failure()).as("a cancelled download is broken off, not complete").isNotNull();
		page.close();
	}

	/**
	 * Logistics: a user created through the users API shows in the console with the
	 * welcome order the orders service placed for it, and the stock levels are the
	 * inventory's.
	 */
	@Test
	void aNewUserShowsWithItsWelcomeOrderAndTheStockLevelsAreTheInventorys() throws Exception {
		String email = TestNames.unique("console-crew-") + "@orbit.space";
		String userId = logistics.createUser(email, null);
		Http orders = new Http(logistics.orders.port());
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			JsonNode items = orders.get("/api/orders?userId=" + userId).json().get("items");
			return items.size() == 1 && !items.get(0).get("status").asString().equals("PLACED");
		});
		JsonNode welcome = orders.get("/api/orders?userId=" + userId).json().get("items").get(0);
		assertThat(welcome.get("kind").asString()).isEqualTo("WELCOME");

		Page page = browser.open("/logistics");
		page.locator("#users vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(email)).click();
		assertThat(page.locator("#orders-of")).containsText("1 order of");
		assertThat(page.locator("#orders [data-order='" + welcome.get("id").asString() + "']"))
			.hasText(welcome.get("status").asString());
		assertThat(page.locator("#orders")).containsText("WELCOME");
		JsonNode levels = new Http(logistics.inventory.port()).get("/api/stock-levels?limit=1000").json().get("items");
		assertThat(levels.size()).isPositive();
		assertThat(page.locator("#stock-levels [data-stock]")).hasCount(levels.size());
		for (JsonNode level : levels) {
			assertThat(page.locator("#stock-levels [data-stock='" + level.get("item").asString() + "@"
					+ level.get("depot").asString() + "']"))
				.hasText(Long.toString(level.get("quantity").asLong()));
		}
		ConsoleBrowser.screenshot(page, "logistics");
		page.close();
	}

	private static String historyFrame(Instant at, long sequence, double volts, double temp) {
		return """
				{"spacecraftId":"ORB-3","timestamp":"%s","sequence":%d,"samples":{"TEST.CONSOLE.HISTORY.VOLTS":%s,"TEST.CONSOLE.HISTORY.TEMP":%s}}"""
			.formatted(at, sequence, volts, temp);
	}

	/** The enricher's raw samples of an ORB-3 parameter (its API, not the console). */
	private static JsonNode archived(String parameter, Instant from, Instant to) {
		return new Http(enricher.port())
			.get("/api/v1/archive/samples?spacecraftId=ORB-3&parameter=" + parameter + "&from=" + from + "&to=" + to
					+ "&limit=10000")
			.json();
	}

	/** Samples of a parameter in the range, counted by the enricher's steps. */
	private static long stepCount(String range, String parameter) {
		long count = 0;
		for (JsonNode step : new Http(enricher.port())
			.get("/api/v1/archive/steps?" + range + "&parameter=" + parameter + "&step=1h")
			.json()
			.get("items")) {
			count += step.get("count").asLong();
		}
		return count;
	}

	/** The rows the enricher announces for an export, its body left unread. */
	private static long announcedRows(String query) throws Exception {
		var response = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(enricher.uri("/api/v1/archive/export?" + query)).build(),
					java.net.http.HttpResponse.BodyHandlers.ofInputStream());
		try (var body = response.body()) {
			return Long.parseLong(response.headers().firstValue("X-Orbit-Row-Count").orElseThrow());
		}
	}

	/** Requests the enricher has answered on its archive reads, from its metrics. */
	private static long archiveReads() {
		String metrics = new Http(enricher.port()).get("/metrics").body();
		return metrics.lines()
			.filter((line) -> line.startsWith("http_server_requests_seconds_count{")
					&& line.contains("uri=\"/api/v1/archive/"))
			.mapToLong((line) -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

	/**
	 * Last: stops the inventory, a service the console was using, and the console says so
	 * where it shows its data while the rest keeps working.
	 */
	@Test
	@Order(Integer.MAX_VALUE)
	void aServiceThatIsDownIsShownAndTheRestKeepsWorking() {
		Page page = browser.open("/logistics");
		assertThat(page.locator("#stock-levels [data-stock]").first()).isVisible();
		page.close();
		logistics.inventory.close();

		page = browser.open("/");
		assertThat(page.locator("[data-service=inventory]")).hasText("DOWN");
		assertThat(page.locator("[data-service=enricher]")).hasText("UP");
		assertThat(page.locator("[data-service=processor]")).hasText("UP");
		assertThat(page.locator("[data-service=analyzer]")).hasText("UP");
		assertThat(page.locator("#services")).containsText("orbit.console.services.inventory");
		ConsoleBrowser.screenshot(page, "services");
		page.navigate(page.url() + "logistics");
		assertThat(page.locator("#stock-notice")).hasAttribute("data-kind", "unavailable");
		assertThat(page.locator("#stock-notice")).containsText("orbit.console.services.inventory");
		assertThat(page.locator("#users-notice")).not().isVisible();
		assertThat(page.locator("#users-count")).containsText(Pattern.compile("\\d+ accounts?"));
		assertThat(page.locator("body")).not().containsText("Exception");
		ConsoleBrowser.screenshot(page, "logistics-inventory-down");
		page.navigate(page.url().replace("logistics", "missions"));
		assertThat(page.locator("#missions")).containsText("ORBIT-DEMO");
		page.close();
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
		ConsoleBrowser.pick(page, "#alert-filter-detector", "limit");
		ConsoleBrowser.choose(page, "#alert-filter-severity", "WARNING");
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
		// A row's message shows below the table on a click.
		page.locator("#backtest-results vaadin-grid-cell-content")
			.filter(new Locator.FilterOptions().setHasText(ConsoleBrowser.exactly(spacecraftId)))
			.first()
			.click();
		assertThat(page.locator("#backtest-message")).containsText("limit");
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
		for (int i = 0; i + 8 <= cells.size(); i++) {
			if (cells.get(i).strip().equals(spacecraftId)) {
				rows.add(cells.subList(i, i + 8).stream().map(String::strip).toList());
				i += 7;
			}
		}
		return rows;
	}

}

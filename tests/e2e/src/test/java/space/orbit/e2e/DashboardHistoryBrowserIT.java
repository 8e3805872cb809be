package space.orbit.e2e;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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
import space.orbit.test.TestMongo;
import space.orbit.test.TestNames;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's history in the Debian Chromium against real services, each its own JVM:
 * ingest, processor, the enricher on the MongoDB stand-in and the dashboard, fed by the
 * simulator (one spacecraft, 20 frames a second in 5 posts: a sample every 50 ms, denser
 * than the 69 ms columns of a one-minute chart). The pipeline strip shows what the
 * services' metrics say, and the analyzer (not started) as not answering; a live chart
 * opened on history joins it without a gap; moving the time conductor back over what was
 * live shows the archive without a gap, as the enricher's API has it. Security off (the
 * login is DashboardLoginBrowserIT's). Screenshots in target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardHistoryBrowserIT {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String SPACECRAFT = "ORB-1";

	static final String PARAMETER = "EPS.BATTERY.VOLTAGE";

	static final String CHART = "figure.chart[data-parameter='" + PARAMETER + "']";

	static Spine spine;

	static TestMongo archive;

	static ServiceProcess enricher;

	static ServiceProcess dashboard;

	static Process simulator;

	static Instant simulating;

	static ConsoleBrowser browser;

	static Page page;

	/** When the chart's first live column began (epoch ms), once it had one. */
	static long liveFrom;

	static Instant opened;

	static final List<String> consoleErrors = new ArrayList<>();

	@BeforeAll
	static void start() throws Exception {
		Files.createDirectories(DashboardBrowserIT.SHOTS);
		spine = Spine.open();
		archive = TestMongo.newDatabase("dash_archive");
		spine.startIngest();
		spine.startProcessor(Map.of());
		enricher = ServiceProcess.start("enricher", Spine.jar("enricher"), ServiceProcess.freePort(),
				Map.of("ORBIT_KAFKA_BOOTSTRAP", TestKafka.bootstrapServers(), "ORBIT_MONGODB_URI", archive.uri(),
						"ORBIT_SECURITY_ENABLED", "false"),
				Map.of("orbit.enricher.telemetry-topic", spine.topic, "orbit.enricher.registry-topic",
						spine.registryTopic, "orbit.enricher.consumer-group", TestNames.unique("dash-enricher-")),
				Spine.logs());
		Map<String, String> environment = new HashMap<>();
		environment.put("ORBIT_KAFKA_BOOTSTRAP", TestKafka.bootstrapServers());
		environment.put("ORBIT_SECURITY_ENABLED", "false");
		environment.put("ORBIT_INGEST_URL", "http://127.0.0.1:" + spine.ingest().port());
		environment.put("ORBIT_PROCESSOR_URL", "http://127.0.0.1:" + spine.processor().port());
		environment.put("ORBIT_ENRICHER_URL", "http://127.0.0.1:" + enricher.port());
		// No analyzer in this stack: a port nobody answers on, which the strip shows as
		// such.
		environment.put("ORBIT_ANALYZER_URL", "http://127.0.0.1:" + ServiceProcess.freePort());
		dashboard = ServiceProcess.start("dashboard", Spine.jar("dashboard"), ServiceProcess.freePort(), environment,
				Map.of("orbit.dashboard.telemetry-topic", spine.topic), Spine.logs());
		spine.ingest().awaitReady(Duration.ofSeconds(360));
		spine.processor().awaitReady(Duration.ofSeconds(360));
		DashboardBrowserIT.seedDemoMission(spine);
		enricher.awaitReady(Duration.ofSeconds(360));
		dashboard.awaitReady(Duration.ofSeconds(360));
		simulator = DashboardBrowserIT.startSimulator(spine, "--spacecraft", "1", "--rate", "20", "--batch-frames", "4",
				"--duration", "600s", "--seed", "11");
		simulating = Instant.now();
		browser = new ConsoleBrowser("http://127.0.0.1:" + dashboard.port());
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.close();
		}
		if (simulator != null) {
			simulator.destroy();
		}
		if (dashboard != null) {
			dashboard.close();
		}
		if (enricher != null) {
			enricher.close();
		}
		if (spine != null) {
			spine.close();
		}
		if (archive != null) {
			archive.close();
		}
	}

	@Test
	@Order(1)
	void thePipelineStripShowsTheServicesFiguresAndTheAnalyzerAsNotAnswering() throws Exception {
		awaitArchived(Duration.ofSeconds(120));
		opened = Instant.now();
		page = browser.navigate("/?view=spacecraft&sc=" + SPACECRAFT + "&p=" + PARAMETER + "&window=PT1M");
		page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				consoleErrors.add(message.text() + " at " + message.location());
			}
		});
		page.onPageError(consoleErrors::add);
		for (String figure : List.of("accepted", "stored", "archived")) {
			Locator value = page.locator(".pipeline [data-figure='" + figure + "'][data-answered='true']");
			await("the strip's " + figure + " rate",
					() -> value.count() == 1 && !value.getAttribute("data-value").isEmpty()
							&& Double.parseDouble(value.getAttribute("data-value")) > 0);
		}
		// The simulator sends 4 frames every 200 ms: ingest's own counter says how many
		// samples that is a second, the strip says about as many.
		double perSecond = acceptedPerSecond(Duration.ofSeconds(4));
		double shown = Double
			.parseDouble(page.locator(".pipeline [data-figure='accepted']").getAttribute("data-value"));
		assertThat(shown).as("accepted/s on the strip against ingest's counter (%.0f/s)", perSecond)
			.isBetween(perSecond * 0.5, perSecond * 1.5);
		Locator alerts = page.locator(".pipeline [data-figure='openAlerts']");
		assertThat(alerts.getAttribute("data-answered")).isEqualTo("false");
		assertThat(alerts.locator(".figure-value").textContent()).isEqualTo("—");
		assertThat(page.locator(".pipeline [data-figure='lag']").getAttribute("data-answered"))
			.as("the lag is the enricher's and the analyzer's: one does not answer")
			.isEqualTo("false");
		ConsoleBrowser.screenshot(page, "dashboard-pipeline-strip");
	}

	@Test
	@Order(2)
	void aLiveChartOpenedOnHistoryJoinsItWithoutAGap() {
		Locator chart = page.locator(CHART);
		await("the chart's first live column", () -> !chart.getAttribute("data-live-from").isEmpty());
		liveFrom = Long.parseLong(chart.getAttribute("data-live-from"));
		long column = Long.parseLong(chart.getAttribute("data-column-ms"));
		assertThat(column).isEqualTo(60_000 / 860);
		// History from before the page was opened, then the live columns: the seam
		// is read again once the archive has caught up (3 s), and then there is none.
		await("history before the first live column",
				() -> Long.parseLong(chart.getAttribute("data-first")) < liveFrom - Duration.ofSeconds(5).toMillis());
		page.waitForTimeout(5_000);
		await(() -> "no gap wider than one column (has " + chart.getAttribute("data-largest-gap") + ")",
				() -> Double.parseDouble(chart.getAttribute("data-largest-gap")) <= 1);
		// The axis slides with real time: it ends now (give or take its one-second tick).
		long drawnTo = Long.parseLong(chart.getAttribute("data-x-to"));
		assertThat(drawnTo).as("the chart's axis ends now")
			.isBetween(System.currentTimeMillis() - 3_000, System.currentTimeMillis() + 1_000);
		ConsoleBrowser.screenshot(page, "dashboard-history-live");
	}

	@Test
	@Order(3)
	void movingTheConductorBackShowsTheArchiveOverWhatWasLiveWithoutAGap() throws Exception {
		// "Back" moves half a window: the range must reach back before the page
		// was opened and forward into what was shown live.
		long wait = opened.plusSeconds(40).toEpochMilli() - System.currentTimeMillis();
		if (wait > 0) {
			page.waitForTimeout(wait);
		}
		page.locator("button:has-text('back')").click();
		Locator chart = page.locator(CHART + "[data-columns]");
		chart.waitFor(new Locator.WaitForOptions().setTimeout(15_000));
		long end = Instant.parse(param(page.url(), "end")).toEpochMilli();
		long column = 60_000 / 860;
		long from = Math.floorDiv(end - 60_000, column) * column;
		assertThat(liveFrom).as("the range spans what was live").isBetween(from, end);
		assertThat(opened.toEpochMilli() - 5_000).as("and what was history when the page opened").isGreaterThan(from);
		// The archive's answer, settled (read again if the range ended under 30 s ago).
		page.waitForTimeout(4_000);
		JsonNode shown = JSON.readTree(chart.getAttribute("data-columns"));
		JsonNode steps = archivedSteps(from, end, column);
		assertThat(steps.size()).as("the enricher's steps over the range").isGreaterThan(200);
		assertThat(shown.size()).as("the chart's columns, as many as the enricher's steps").isEqualTo(steps.size());
		long previous = -1;
		for (int i = 0; i < shown.size(); i++) {
			JsonNode step = steps.get(i);
			long t = Instant.parse(step.get("from").asString()).toEpochMilli();
			assertThat(shown.get(i).get(0).asLong()).as("column %d's time", i).isEqualTo(t);
			assertThat(shown.get(i).get(1).asDouble()).as("column %d's min", i).isEqualTo(step.get("min").asDouble());
			assertThat(shown.get(i).get(2).asDouble()).as("column %d's max", i).isEqualTo(step.get("max").asDouble());
			if (previous >= 0) {
				assertThat(t - previous).as("the gap before column %d", i).isLessThanOrEqualTo(column);
			}
			previous = t;
		}
		assertThat(Long.parseLong(chart.getAttribute("data-x-from"))).as("the axis starts where the range does")
			.isEqualTo(end - 60_000);
		assertThat(Long.parseLong(chart.getAttribute("data-x-to"))).as("and ends where it does").isEqualTo(end);
		ConsoleBrowser.screenshot(page, "dashboard-history-back");
		assertThat(consoleErrors).as("errors in the browser console").isEmpty();
	}

	/**
	 * The enricher's own steps for the range, from its API (not through the dashboard).
	 */
	private static JsonNode archivedSteps(long from, long to, long column) throws Exception {
		String query = "spacecraftId=" + SPACECRAFT + "&parameter=" + PARAMETER + "&from="
				+ URLEncoder.encode(Instant.ofEpochMilli(from).toString(), StandardCharsets.UTF_8) + "&to="
				+ URLEncoder.encode(Instant.ofEpochMilli(to).toString(), StandardCharsets.UTF_8) + "&step=PT"
				+ (column / 1000.0) + "S&limit=10000";
		HttpResponse<String> response = Spine.HTTP.send(
				HttpRequest.newBuilder(enricher.uri("/api/v1/archive/steps?" + query)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode page = JSON.readTree(response.body());
		assertThat(page.path("next").isMissingNode() || page.path("next").isNull()).as("one page").isTrue();
		return page.get("items");
	}

	/** Waits until the enricher has archived 20 s of the simulator's telemetry. */
	private static void awaitArchived(Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			long since = Math.max(0, Duration.between(simulating, Instant.now()).toSeconds());
			JsonNode steps = archivedStepsSince(simulating.minusSeconds(60));
			if (since >= 20 && steps.size() >= 20) {
				return;
			}
			assertThat(System.nanoTime()).as("the enricher archives the simulator's telemetry").isLessThan(deadline);
			Thread.sleep(1_000);
		}
	}

	private static JsonNode archivedStepsSince(Instant from) throws Exception {
		String query = "spacecraftId=" + SPACECRAFT + "&parameter=" + PARAMETER + "&from="
				+ URLEncoder.encode(from.toString(), StandardCharsets.UTF_8) + "&step=PT1S";
		HttpResponse<String> response = Spine.HTTP.send(
				HttpRequest.newBuilder(enricher.uri("/api/v1/archive/steps?" + query)).build(),
				HttpResponse.BodyHandlers.ofString());
		return (response.statusCode() == 200) ? JSON.readTree(response.body()).get("items") : JSON.readTree("[]");
	}

	/** Samples accepted a second by ingest's own counter over {@code span}. */
	private static double acceptedPerSecond(Duration span) throws Exception {
		double first = acceptedTotal();
		long started = System.nanoTime();
		Thread.sleep(span.toMillis());
		double last = acceptedTotal();
		return (last - first) * 1e9 / (System.nanoTime() - started);
	}

	private static double acceptedTotal() throws Exception {
		String metrics = Spine.HTTP
			.send(HttpRequest.newBuilder(spine.ingest().uri("/metrics")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		return metrics.lines()
			.filter((line) -> line.startsWith("orbit_samples_accepted_total"))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

	private static String param(String url, String name) {
		for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
			if (pair.startsWith(name + "=")) {
				return java.net.URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
			}
		}
		throw new AssertionError(name + " is not in " + url);
	}

	private static void await(String what, Supplier<Boolean> condition) {
		await(() -> what, condition);
	}

	private static void await(Supplier<String> what, Supplier<Boolean> condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!condition.get()) {
			assertThat(System.nanoTime()).as(what).isLessThan(deadline);
			page.waitForTimeout(250);
		}
	}

}

package space.orbit.e2e;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.microsoft.playwright.Browser;
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
import space.orbit.test.TestMongo;
import space.orbit.test.TestNames;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in the Debian Chromium (Playwright for Java, no downloaded browser)
 * against real services, each its own JVM: ingest, processor (the demo mission seeded
 * through its API), analyzer, worker, the enricher on the MongoDB stand-in and the
 * dashboard, fed by the simulator with a fault (three spacecraft, 20 frames a second each
 * in 5 posts: a sample every 50 ms, denser than the 69 ms columns of a one-minute chart).
 * The fleet shows the simulator's spacecraft; a chart receives live points; the pipeline
 * strip shows what the services' metrics say; a live chart opened on history joins it
 * without a gap, and moving the time conductor back over what was live shows the archive
 * without a gap, as the enricher's API has it; the fault's alert appears and is
 * acknowledged from the page, which the analyzer's API then shows; the map shows each
 * spacecraft where the worker's ground track puts it (within 1 km), its next orbit split
 * at the antimeridian, and the passes timeline the worker's pass predictions. The
 * simulator flies the demo mission's TLEs ({@code --orbits published}), the ones the
 * worker reads from the mission database. Screenshots in target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIT {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Path SHOTS = Path.of("target", "screenshots");

	/** The history tests' chart: a spacecraft without the fault. */
	static final String SPACECRAFT = "ORB-2";

	static final String PARAMETER = "EPS.BATTERY.VOLTAGE";

	static final String CHART = "figure.chart[data-parameter='" + PARAMETER + "']";

	static Spine spine;

	static ServiceProcess dashboard;

	static ServiceProcess worker;

	static TestMongo archive;

	static ServiceProcess enricher;

	static Instant simulating;

	/** When the history chart's first live column began (epoch ms), once it had one. */
	static long liveFrom;

	static Instant opened;

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
		worker = spine.startWorker(TestNames.unique("dash-compute-"));
		archive = TestMongo.newDatabase("dash_archive");
		enricher = ServiceProcess.start("enricher", Spine.jar("enricher"), ServiceProcess.freePort(),
				Map.of("ORBIT_KAFKA_BOOTSTRAP", TestKafka.bootstrapServers(), "ORBIT_MONGODB_URI", archive.uri(),
						"ORBIT_SECURITY_ENABLED", "false"),
				Map.of("orbit.enricher.telemetry-topic", spine.topic, "orbit.enricher.registry-topic",
						spine.registryTopic, "orbit.enricher.consumer-group", TestNames.unique("dash-enricher-")),
				Spine.logs());
		Map<String, String> environment = new HashMap<>();
		environment.put("ORBIT_KAFKA_BOOTSTRAP", TestKafka.bootstrapServers());
		environment.put("ORBIT_SECURITY_ENABLED", "false");
		environment.put("ORBIT_PROCESSOR_URL", "http://127.0.0.1:" + spine.processor().port());
		environment.put("ORBIT_ANALYZER_URL", "http://127.0.0.1:" + spine.analyzer().port());
		environment.put("ORBIT_INGEST_URL", "http://127.0.0.1:" + spine.ingest().port());
		environment.put("ORBIT_WORKER_URL", "http://127.0.0.1:" + worker.port());
		environment.put("ORBIT_ENRICHER_URL", "http://127.0.0.1:" + enricher.port());
		dashboard = ServiceProcess.start("dashboard", Spine.jar("dashboard"), ServiceProcess.freePort(), environment,
				Map.of("orbit.dashboard.telemetry-topic", spine.topic, "orbit.dashboard.alerts-topic",
						spine.alertsTopic, "orbit.dashboard.flight-dynamics.refresh", "30s"),
				Spine.logs());
		spine.ingest().awaitReady();
		spine.processor().awaitReady();
		spine.seedDemoMission();
		spine.analyzer().awaitReady();
		dashboard.awaitReady();
		worker.awaitReady();
		enricher.awaitReady();
		base = "http://127.0.0.1:" + dashboard.port();
		// The fault comes after the history tests (about two minutes) and lasts: its
		// alert
		// stays open until it is acknowledged (a one-sample spike clears before).
		simulator = startSimulator(spine, "--spacecraft", "3", "--rate", "20", "--batch-frames", "4", "--duration",
				"900s", "--seed", "7", "--fault", "undervoltage:ORB-1@+180s/150s", "--orbits", "published");
		simulating = Instant.now();
		awaitHeard(List.of("ORB-1", "ORB-2", "ORB-3"), Duration.ofSeconds(300));
		playwright = Chromium.playwright();
		browser = Chromium.launch(playwright);
		page = Chromium.context(browser, 1400, 900).newPage();
		page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
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
	void thePipelineStripShowsTheServicesFigures() throws Exception {
		awaitArchived(Duration.ofSeconds(120));
		opened = Instant.now();
		page.navigate(base + "/?view=spacecraft&sc=" + SPACECRAFT + "&p=" + PARAMETER + "&window=PT1M");
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
		Locator lag = page.locator(".pipeline [data-figure='lag']");
		await("the consumer lag of the enricher and the analyzer",
				() -> "true".equals(lag.getAttribute("data-answered")) && !lag.getAttribute("data-value").isEmpty());
		shot("pipeline-strip");
	}

	@Test
	@Order(4)
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
		shot("history-live");
	}

	@Test
	@Order(5)
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
		shot("history-back");
		assertThat(consoleErrors).as("errors in the browser console").isEmpty();
	}

	@Test
	@Order(6)
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
	@Order(7)
	void theMapShowsEachSpacecraftWhereTheWorkersGroundTrackPutsIt() throws Exception {
		page.navigate(base + "/?view=map");
		for (String id : List.of("ORB-1", "ORB-2", "ORB-3")) {
			page.locator("g.craft[data-spacecraft='" + id + "']")
				.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED).setTimeout(30_000));
			page.locator("path.track.next[data-spacecraft='" + id + "']")
				.first()
				.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED).setTimeout(180_000));
		}
		assertThat(page.locator("path.land").getAttribute("d")).hasSizeGreaterThan(1000);
		assertThat(page.locator("path.night").getAttribute("d")).hasSizeGreaterThan(100);
		assertThat(page.locator("path.station-circle").count()).isEqualTo(6);
		assertThat(page.locator(".planner-note").count()).as("no note: the worker answers").isZero();
		for (String id : List.of("ORB-1", "ORB-2", "ORB-3")) {
			// The three attributes at once: the marker moves every two seconds.
			JsonNode drawn = JSON.readTree((String) page.locator("g.craft[data-spacecraft='" + id + "']")
				.evaluate("e => JSON.stringify([e.dataset.lat, e.dataset.lon, e.dataset.time])"));
			Instant at = Instant.parse(drawn.get(2).asString());
			JsonNode predicted = groundTrack(id, at, at.plusSeconds(1), 60).get(0);
			assertThat(Instant.parse(predicted.get("time").asString())).isEqualTo(at);
			double km = greatCircleKm(Double.parseDouble(drawn.get(0).asString()),
					Double.parseDouble(drawn.get(1).asString()), predicted.get("latitude").asDouble(),
					predicted.get("longitude").asDouble());
			assertThat(km).as("%s on the map at %s (%s) vs the worker's ground track (%s)", id, at, drawn, predicted)
				.isLessThan(1.0);
		}
		shot("map");
	}

	@Test
	@Order(8)
	void theNextOrbitIsDrawnSplitAtTheAntimeridianAsTheWorkersTrackCrossesIt() throws Exception {
		for (String id : List.of("ORB-1", "ORB-2", "ORB-3")) {
			// One snapshot of the segments: the page refreshes its tracks every 30 s.
			JsonNode segments = JSON
				.readTree((String) page.evaluate("id => JSON.stringify([...document.querySelectorAll("
						+ "`path.track.next[data-spacecraft='${id}']`)].map((p) => ({ d: p.getAttribute('d'), "
						+ "from: p.dataset.from, job: p.dataset.job })))", id));
			assertThat(segments.size()).as("the next orbit of " + id).isPositive();
			Instant from = Instant.parse(segments.get(0).get("from").asString());
			JsonNode job = JSON
				.readTree(spine.get(worker, "/api/v1/jobs/" + segments.get(0).get("job").asString()).body());
			assertThat(job.get("state").asString()).isEqualTo("SUCCEEDED");
			assertThat(job.at("/parameters/type").asString()).isEqualTo("GROUND_TRACK");
			assertThat(job.at("/parameters/spacecraftId").asString()).isEqualTo(id);
			int crossings = 0;
			double previous = Double.NaN;
			for (JsonNode point : job.at("/result/points")) {
				if (Instant.parse(point.get("time").asString()).isBefore(from)) {
					continue;
				}
				double longitude = point.get("longitude").asDouble();
				if (!Double.isNaN(previous) && Math.abs(longitude - previous) > 180) {
					crossings++;
				}
				previous = longitude;
			}
			assertThat(crossings).as("two low orbits cross the antimeridian").isPositive();
			assertThat(segments.size()).as("%s's next orbit: one path per stretch between crossings", id)
				.isEqualTo(crossings + 1);
			for (int i = 0; i < segments.size(); i++) {
				List<double[]> xy = points(segments.get(i).get("d").asString());
				for (int k = 1; k < xy.size(); k++) {
					assertThat(Math.abs(xy.get(k)[0] - xy.get(k - 1)[0])).as("no line across the map").isLessThan(500);
				}
				if (i > 0) {
					assertThat(Math.min(xy.get(0)[0], 1000 - xy.get(0)[0])).as("starts at the map's edge")
						.isLessThan(0.5);
				}
				if (i < segments.size() - 1) {
					double end = xy.get(xy.size() - 1)[0];
					assertThat(Math.min(end, 1000 - end)).as("ends at the map's edge").isLessThan(0.5);
				}
			}
		}
	}

	@Test
	@Order(9)
	void thePassesTimelineShowsTheWorkersPassPredictions() throws Exception {
		page.keyboard().press("5");
		page.waitForURL("**view=passes**");
		page.locator("button:text-is('24 h')").click();
		page.locator("svg.timeline rect.pass")
			.first()
			.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED).setTimeout(60_000));
		Instant now = Instant.now();
		// One snapshot of the bars: the page refreshes its passes every 30 s.
		JsonNode bars = JSON.readTree((String) page.evaluate("() => JSON.stringify([...document.querySelectorAll("
				+ "'svg.timeline rect.pass')].map((r) => ({ station: r.dataset.station, spacecraft: r.dataset.spacecraft, "
				+ "aos: r.dataset.aos, los: r.dataset.los, job: r.dataset.job, title: r.textContent })))"));
		List<String> drawn = new ArrayList<>();
		java.util.Set<String> jobs = new java.util.TreeSet<>();
		for (JsonNode bar : bars) {
			if (bar.get("station").asString().equals("Svalbard")) {
				drawn.add(bar.get("spacecraft").asString() + " " + Instant.parse(bar.get("aos").asString()) + " "
						+ Instant.parse(bar.get("los").asString()));
			}
			jobs.add(bar.get("job").asString());
			assertThat(bar.get("title").asString()).contains("AOS", "LOS", "max elevation");
		}
		assertThat(jobs).as("one pass prediction per spacecraft").hasSize(3);
		List<String> predicted = new ArrayList<>();
		List<String> anyTime = new ArrayList<>();
		for (String jobId : jobs) {
			JsonNode job = JSON.readTree(spine.get(worker, "/api/v1/jobs/" + jobId).body());
			assertThat(job.get("state").asString()).isEqualTo("SUCCEEDED");
			assertThat(job.at("/parameters/type").asString()).isEqualTo("PASS_PREDICTION");
			for (JsonNode pass : job.at("/result/passes")) {
				Instant aos = Instant.parse(pass.get("aos").asString());
				Instant los = Instant.parse(pass.get("los").asString());
				if (pass.get("station").asString().equals("Svalbard")) {
					anyTime.add(job.at("/parameters/spacecraftId").asString() + " " + aos + " " + los);
				}
				// the timeline's span: half an hour back, 24 hours ahead (a margin at
				// each
				// end for the seconds between the page's clock and this one)
				if (pass.get("station").asString().equals("Svalbard") && los.isAfter(now.minusSeconds(1740))
						&& aos.isBefore(now.plus(Duration.ofHours(24)).minusSeconds(60))) {
					predicted.add(job.at("/parameters/spacecraftId").asString() + " " + aos + " " + los);
				}
			}
		}
		assertThat(predicted).as("Svalbard sees low polar and inclined orbits many times a day").hasSizeGreaterThan(5);
		assertThat(drawn).as("every pass over Svalbard the worker predicts in the timeline's span is on the page")
			.containsAll(predicted);
		assertThat(anyTime).as("every pass over Svalbard on the page is one the worker predicted").containsAll(drawn);
		assertThat(page.locator("svg.timeline line.now").count()).isOne();
		assertThat(page.locator("svg.timeline g.station-row").count()).isEqualTo(6);
		shot("passes");
		assertThat(consoleErrors).as("errors in the browser console").isEmpty();
	}

	@Test
	@Order(10)
	void withoutTheWorkerTheMapAndThePassesSaySoAndKeepWhatTheyHad() throws Exception {
		worker.close();
		page.navigate(base + "/?view=map");
		// The planner asks again every 30 s here
		// (orbit.dashboard.flight-dynamics.refresh),
		// the page every 30 s.
		String note = "";
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (!note.contains("ORBIT_WORKER_URL")) {
			assertThat(System.nanoTime()).as("the map says the worker is unavailable: " + note).isLessThan(deadline);
			page.waitForTimeout(5_000);
			page.reload();
			page.waitForTimeout(2_000);
			note = (String) page.evaluate("() => document.querySelector('.planner-note')?.textContent ?? ''");
		}
		assertThat(note).contains("The worker is unavailable", "did not answer");
		assertThat(page.locator("path.track.next").count()).as("the last tracks stay").isPositive();
		var tracks = Spine.HTTP.send(java.net.http.HttpRequest.newBuilder(dashboard.uri("/api/v1/tracks")).build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(tracks.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(tracks.body()).at("/status/state").asString()).isEqualTo("WORKER_UNAVAILABLE");
		shot("map-without-worker");
		page.navigate(base + "/?view=passes");
		page.locator(".planner-note:has-text('ORBIT_WORKER_URL')")
			.waitFor(new Locator.WaitForOptions().setTimeout(30_000));
		assertThat(page.locator("svg.timeline rect.pass").count()).as("the last passes stay").isPositive();
		shot("passes-without-worker");
		assertThat(consoleErrors).as("errors in the browser console").isEmpty();
	}

	/** The worker's ground track of {@code spacecraft}, computed now for the test. */
	private static JsonNode groundTrack(String spacecraft, Instant start, Instant end, int step) throws Exception {
		var submitted = Spine.HTTP.send(java.net.http.HttpRequest.newBuilder(worker.uri("/api/v1/jobs"))
			.header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers
				.ofString("{\"type\":\"GROUND_TRACK\",\"spacecraftId\":\"" + spacecraft + "\",\"start\":\"" + start
						+ "\",\"end\":\"" + end + "\",\"stepSeconds\":" + step + "}"))
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
		String id = JSON.readTree(submitted.body()).get("id").asString();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (true) {
			JsonNode job = JSON.readTree(spine.get(worker, "/api/v1/jobs/" + id).body());
			if (job.get("state").asString().equals("SUCCEEDED")) {
				return job.at("/result/points");
			}
			assertThat(job.get("state").asString()).as(job.toString()).isIn("QUEUED", "RUNNING");
			assertThat(System.nanoTime()).as("the worker computes the ground track").isLessThan(deadline);
			Thread.sleep(200);
		}
	}

	/** The great-circle distance on a sphere of the Earth's mean radius, km. */
	private static double greatCircleKm(double lat1, double lon1, double lat2, double lon2) {
		double p1 = Math.toRadians(lat1);
		double p2 = Math.toRadians(lat2);
		double a = Math.pow(Math.sin((p2 - p1) / 2), 2)
				+ Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
		return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(a)));
	}

	/** The points of an SVG path of M and L commands. */
	private static List<double[]> points(String d) {
		List<double[]> points = new ArrayList<>();
		for (String command : d.split("(?=[ML])")) {
			String[] xy = command.substring(1).split(",");
			points.add(new double[] { Double.parseDouble(xy[0]), Double.parseDouble(xy[1]) });
		}
		return points;
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

}

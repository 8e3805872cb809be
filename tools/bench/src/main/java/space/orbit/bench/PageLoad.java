package space.orbit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;

/**
 * Part B: the spacecraft view with eight live charts in headless Chromium (Playwright,
 * the Debian browser), logged in through the auth service's page, while the simulator
 * sends at a steady rate; the page's main thread and JavaScript heap read every few
 * seconds over the Chrome DevTools Protocol ({@link PageProbe}).
 */
final class PageLoad {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	/**
	 * What the simulator sends beyond warm-up and measurement: start-up, charts coming
	 * live.
	 */
	private static final Duration MARGIN = Duration.ofSeconds(60);

	private final DashboardOptions options;

	PageLoad(DashboardOptions options) {
		this.options = options;
	}

	PageFigures run() throws IOException, InterruptedException, ExecutionException {
		if (!Files.isExecutable(CHROMIUM)) {
			throw new IllegalStateException(
					CHROMIUM + " is missing: apt-get install chromium (./orbit test installs it)");
		}
		String base = this.options.dashboardUrl();
		String url = base + "/?view=spacecraft&sc=" + this.options.spacecraft() + "&p="
				+ String.join(",", this.options.pageParameters()) + "&window=PT1M";
		Duration step = this.options.pageWarmup().plus(this.options.pageDuration()).plus(MARGIN);
		OrbitStep load = new OrbitStep(this.options.pipelineFor(step));
		ExecutorService background = Executors.newSingleThreadExecutor();
		try (Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
				Browser browser = playwright.chromium()
					.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
						.setHeadless(true)
						.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
								"--disable-background-networking", "--disable-component-update", "--disable-sync")));
				BrowserContext context = browser
					.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
			Page page = context.newPage();
			List<String> errors = new ArrayList<>();
			int[] errorCount = { 0 };
			page.onConsoleMessage((message) -> {
				if ("error".equals(message.type())) {
					errorCount[0]++;
					if (errors.size() < 5) {
						errors.add(message.text());
					}
				}
			});
			logIn(page, url);
			Bench.say("dashboard B: %s, the simulator at %,d samples/s...", url, this.options.pageRate());
			Future<StepResult> pipeline = background.submit(() -> load.run(this.options.pageRate(), 3_000));
			awaitLiveCharts(page, pipeline);
			Bench.say("dashboard B: %d live charts; %ds of warm-up, then %ds measured, a sample every %ds...",
					this.options.pageParameters().size(), this.options.pageWarmup().toSeconds(),
					this.options.pageDuration().toSeconds(), this.options.sampleEvery().toSeconds());
			page.waitForTimeout(this.options.pageWarmup().toMillis());
			// Only what the browser logged while measured (the page's start may log the
			// history it could not load: no enricher in the default set).
			errors.clear();
			errorCount[0] = 0;
			PageProbe probe = new PageProbe(page, context.newCDPSession(page));
			PageProbe.Result measured = probe.measure(this.options.pageDuration(), this.options.sampleEvery(),
					pipeline::isDone);
			int countedErrors = errorCount[0];
			page.close();
			StepResult result = pipeline.get();
			return new PageFigures(this.options.pageRate(), url, this.options.pageWarmup().toSeconds(),
					measured.seconds(), measured.charts(), measured.pointsStart(), measured.pointsEnd(),
					measured.redrawsStart(), measured.redrawsEnd(), measured.droppedNotice(), List.copyOf(errors),
					countedErrors, measured.chromiumCores(), measured.loadOnAtEnd(), measured.loadBefore(),
					measured.loadAfter(), measured.samples(), result);
		}
		finally {
			background.shutdownNow();
		}
	}

	/**
	 * The page sends us to the auth service's login page; back on the dashboard, the
	 * view.
	 */
	private void logIn(Page page, String url) {
		String auth = this.options.authUrl();
		page.navigate(url);
		try {
			page.waitForURL(auth + "/login**", new Page.WaitForURLOptions().setTimeout(30_000));
		}
		catch (PlaywrightException ex) {
			throw new IllegalStateException("the dashboard did not send the browser to " + auth
					+ "/login (ORBIT_AUTH_URL; is security on?), it shows " + page.url(), ex);
		}
		page.fill("#email", this.options.adminEmail());
		try {
			page.fill("#password", Files.readString(this.options.adminPasswordFile()).strip());
		}
		catch (IOException ex) {
			throw new IllegalStateException(
					"cannot read " + this.options.adminPasswordFile() + " (ORBIT_BOOTSTRAP_ADMIN_PASSWORD_FILE)", ex);
		}
		page.locator("button[type=submit], input[type=submit]").first().click();
		page.waitForURL(this.options.dashboardUrl() + "/**", new Page.WaitForURLOptions().setTimeout(30_000));
		if (page.url().contains("/login")) {
			throw new IllegalStateException("the login did not reach the dashboard: " + page.url());
		}
		page.navigate(url);
	}

	private void awaitLiveCharts(Page page, Future<StepResult> pipeline) {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		int wanted = this.options.pageParameters().size();
		while (System.nanoTime() < deadline && !pipeline.isDone()) {
			Object live = page.evaluate("""
					() => [...document.querySelectorAll('figure.chart[data-points]')]
					  .filter((f) => Number(f.dataset.points) > 0).length""");
			if (((Number) live).intValue() >= wanted) {
				return;
			}
			page.waitForTimeout(1_000);
		}
		throw new IllegalStateException("the page's " + wanted + " charts got no live points within 120 s (or the "
				+ "simulator stopped): is the dashboard consuming orbit.telemetry.v2? (./orbit logs dashboard, "
				+ this.options.pipeline().out() + "/simulator-3000.log)");
	}

}

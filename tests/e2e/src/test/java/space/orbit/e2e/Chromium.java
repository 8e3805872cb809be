package space.orbit.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * The browser tests' Chromium: the Debian one ({@code /usr/bin/chromium}, installed by
 * {@code ./orbit test}), never a downloaded one, headless, without the background traffic
 * a first run makes.
 */
final class Chromium {

	static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

	/**
	 * How long a page's element or navigation is waited for unless a test says otherwise:
	 * two minutes, where Playwright's default is 30 s. A test that times how fast the
	 * page shows something passes its own timeout; this one only guards against a page
	 * that never does, on a machine whose two cores run a dozen service JVMs beside the
	 * browser (a login round trip through the auth service took over 30 s there).
	 */
	static final double WAIT_MS = 120_000;

	private Chromium() {
	}

	static Playwright playwright() {
		if (!Files.isExecutable(EXECUTABLE)) {
			throw new IllegalStateException(EXECUTABLE + " is missing: apt-get install -y chromium "
					+ "(./orbit test installs TEST_APT_PACKAGES)");
		}
		return Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
	}

	static Browser launch(Playwright playwright) {
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync")));
	}

	/** A context of this viewport whose waits default to {@link #WAIT_MS}. */
	static BrowserContext context(Browser browser, int width, int height) {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
		context.setDefaultTimeout(WAIT_MS);
		context.setDefaultNavigationTimeout(WAIT_MS);
		return context;
	}

}

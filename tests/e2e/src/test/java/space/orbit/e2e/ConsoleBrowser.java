package space.orbit.e2e;

import java.nio.file.Path;

import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The Debian chromium driven by Playwright for Java (no browser download), with the flags
 * PLATFORM.md names and a fresh profile per run; screenshots under
 * {@code target/screenshots}.
 */
final class ConsoleBrowser implements AutoCloseable {

	private final Playwright playwright;

	private final Browser browser;

	private final BrowserContext context;

	private final String base;

	ConsoleBrowser(String base) {
		this.base = base;
		this.playwright = Chromium.playwright();
		this.browser = Chromium.launch(this.playwright);
		this.context = Chromium.context(this.browser, 1440, 900);
	}

	/** A new tab at a path of the console, once Vaadin has rendered it. */
	Page open(String path) {
		Page page = this.context.newPage();
		page.navigate(this.base + path);
		page.waitForSelector("vaadin-app-layout");
		return page;
	}

	/**
	 * A new tab at a path of the console, without waiting: a login page may come first.
	 */
	Page navigate(String path) {
		Page page = this.context.newPage();
		page.navigate(this.base + path);
		return page;
	}

	/**
	 * Chooses an item of a combo box by clicking it in the open list, then waits for the
	 * list to close: typing and Enter alone can leave the overlay open on a busy machine,
	 * and an open overlay takes every click on the page.
	 */
	static void pick(Page page, String comboBox, String item) {
		Locator input = page.locator(comboBox + " input");
		input.fill(item);
		// Arrow down opens the list (typing alone may not, on a busy machine).
		if (page.locator(comboBox).getAttribute("opened") == null) {
			input.press("ArrowDown");
		}
		assertThat(page.locator(comboBox)).hasAttribute("opened", "");
		page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(exactly(item))).click();
		assertThat(page.locator(comboBox)).not().hasAttribute("opened", "");
		assertThat(page.locator(comboBox + " input")).hasValue(item);
	}

	/**
	 * Types a value into a combo box that takes custom values, confirms it with Enter and
	 * waits for its list to close (a list that opened late is confirmed once more).
	 */
	static void enter(Page page, String comboBox, String value) {
		Locator input = page.locator(comboBox + " input");
		input.fill(value);
		input.press("Enter");
		if (page.locator(comboBox).getAttribute("opened") != null) {
			input.press("Enter");
		}
		assertThat(page.locator(comboBox)).not().hasAttribute("opened", "");
		assertThat(input).hasValue(value);
	}

	/** Chooses an item of a select, and waits for its list to close. */
	static void choose(Page page, String select, String item) {
		page.locator(select).click();
		page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(exactly(item))).click();
		assertThat(page.locator(select)).not().hasAttribute("opened", "");
	}

	/**
	 * A pattern matching exactly this text, blanks around it allowed (an element's text
	 * includes its shadow DOM's); Playwright hands it to the browser as a JavaScript
	 * regular expression, which knows no {@code \Q...\E} quoting.
	 */
	static Pattern exactly(String text) {
		return Pattern.compile("^\\s*" + text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0") + "\\s*$");
	}

	static void screenshot(Page page, String name) {
		Path dir = Path.of(System.getProperty("orbit.screenshots", "target/screenshots"));
		page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
	}

	@Override
	public void close() {
		this.context.close();
		this.browser.close();
		this.playwright.close();
	}

}

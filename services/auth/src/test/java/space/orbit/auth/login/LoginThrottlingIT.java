package space.orbit.auth.login;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import space.orbit.auth.AuthTestInfrastructure;
import space.orbit.test.Http;
import space.orbit.test.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Login throttling over real HTTP on the real login page, the password checked by the
 * {@link space.orbit.auth.UsersServiceStandIn stand-in} of the users service, time moved
 * by a {@link MovableClock}. Defaults: 5 failures lock an account for 15 minutes, 20 from
 * one address lock that address. Each test starts a day later, so none sees another's
 * failures.
 */
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class LoginThrottlingIT extends AuthTestInfrastructure {

	private static final String LOCKED = "Too many failed sign-in attempts. Try again in ";

	@Autowired
	MovableClock clock;

	@BeforeEach
	void aDayLater() {
		this.clock.advance(Duration.ofDays(1));
	}

	@Test
	void fiveWrongPasswordsLockTheAccountUntilTheLockOutIsOver(CapturedOutput output) {
		double failures = metric("orbit_auth_login_failures_total", "");
		double locked = metric("orbit_auth_login_locked_total", "reason=\"account\"");
		for (String email : new String[] { ada.email(), " Ada@Orbit.Space", "ADA@orbit.space ", ada.email(),
				ada.email() }) {
			assertThat(attempt(new Browser(), email, "wrong")).contains(UsersServiceAuthentication.WRONG);
		}
		assertThat(output).contains("Login locked for account a***@orbit.space until").doesNotContain("ada@orbit");

		int checks = users.authorizations().size();
		String refused = attempt(new Browser(), ada.email(), ada.password());

		assertThat(refused).contains(LOCKED + "15 minutes.").doesNotContain(UsersServiceAuthentication.WRONG);
		assertThat(users.authorizations()).as("the users service is not asked").hasSize(checks);
		assertThat(metric("orbit_auth_login_failures_total", "") - failures).isEqualTo(5);
		assertThat(metric("orbit_auth_login_locked_total", "reason=\"account\"") - locked).isEqualTo(1);

		this.clock.advance(Duration.ofMinutes(14).plusSeconds(30));
		assertThat(attempt(new Browser(), ada.email(), ada.password())).contains(LOCKED + "1 minute.");
		this.clock.advance(Duration.ofSeconds(30));
		Browser browser = new Browser();
		assertThat(login(browser, ada.email(), ada.password())).doesNotEndWith("?error");
		assertLoggedIn(browser);
		assertThat(users.authorizations()).hasSize(checks + 1);
	}

	@Test
	void aSuccessfulLoginForgetsTheAccountsFailures() {
		for (int i = 0; i < 4; i++) {
			attempt(new Browser(), ada.email(), "wrong");
		}
		assertThat(login(new Browser(), ada.email(), ada.password())).doesNotEndWith("?error");
		for (int i = 0; i < 4; i++) {
			attempt(new Browser(), ada.email(), "wrong");
		}

		Browser browser = new Browser();
		assertThat(login(browser, ada.email(), ada.password())).doesNotEndWith("?error");
		assertLoggedIn(browser);
	}

	@Test
	void anUnknownAccountIsLockedLikeAKnownOne() {
		String nobody = "nobody@orbit.space";
		for (int i = 0; i < 5; i++) {
			assertThat(attempt(new Browser(), nobody, "wrong")).contains(UsersServiceAuthentication.WRONG);
		}
		int checks = users.authorizations().size();

		String refused = attempt(new Browser(), nobody, "anything");

		assertThat(refused).contains(LOCKED + "15 minutes.").doesNotContain(UsersServiceAuthentication.WRONG);
		assertThat(users.authorizations()).hasSize(checks);
		// Another account is not touched by it.
		assertThat(login(new Browser(), ada.email(), ada.password())).doesNotEndWith("?error");
	}

	@Test
	void twentyFailuresFromOneAddressLockItForEveryAccount() throws Exception {
		double locked = metric("orbit_auth_login_locked_total", "reason=\"address\"");
		for (int i = 0; i < 20; i++) {
			attempt(new Browser(), "guess-" + i + "@orbit.space", "wrong");
		}
		int checks = users.authorizations().size();

		String refused = attempt(new Browser(), ada.email(), ada.password());

		assertThat(refused).contains(LOCKED + "15 minutes.");
		assertThat(users.authorizations()).hasSize(checks);
		assertThat(metric("orbit_auth_login_locked_total", "reason=\"address\"") - locked).isEqualTo(1);
		// The account is not locked: from another address the same person logs in.
		Browser elsewhere = new Browser(InetAddress.getByName("127.0.0.2"));
		assertThat(login(elsewhere, ada.email(), ada.password())).doesNotEndWith("?error");
		assertLoggedIn(elsewhere);
		this.clock.advance(Duration.ofMinutes(15));
		assertThat(login(new Browser(), ada.email(), ada.password())).doesNotEndWith("?error");
	}

	@Test
	void aLimitOfNoFailuresRefusesToStart() {
		assertThatThrownBy(() -> startAnother(Map.of("orbit.auth.login.max-failures", "0")).close())
			.hasStackTraceContaining("orbit.auth.login")
			.hasStackTraceContaining("maxFailures");
	}

	/** Logs in on the login page; where the browser is sent next. */
	private static String login(Browser browser, String email, String password) {
		HttpResponse<String> page = browser.get(issuer + "/login");
		return Browser.location(browser.postForm(issuer + "/login",
				Map.of("email", email, "password", password, "_csrf", Browser.csrfToken(page))));
	}

	/** A login that fails: the login page it leads back to. */
	private static String attempt(Browser browser, String email, String password) {
		String failed = login(browser, email, password);
		assertThat(failed).endsWith("/login?error");
		HttpResponse<String> page = browser.get(failed);
		assertThat(page.statusCode()).isEqualTo(200);
		return page.body();
	}

	/**
	 * The browser's session is logged in: an authorization request is answered with a
	 * code.
	 */
	private static void assertLoggedIn(Browser browser) {
		String authorize = AuthorizationCodeFlowIT.authorizeUri(port, "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
				"s");
		assertThat(URI.create(Browser.location(browser.get(authorize))).getQuery()).contains("code=");
	}

	/**
	 * A counter's value from {@code /metrics}: the sum of its series whose tags contain
	 * these.
	 */
	private static double metric(String name, String tags) {
		return new Http(port).get("/metrics")
			.body()
			.lines()
			.filter((line) -> line.startsWith(name + "{") && line.contains(tags))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Time {

		@Bean
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

}

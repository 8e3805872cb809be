package space.orbit.auth.login;

import java.time.Clock;
import java.time.Duration;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The login page: one self-contained HTML document (no external assets), Orbit's dark
 * mission-control look, the reason of a failed login above the form (a lock after too
 * many failed logins says when to try again, not whether the account exists).
 */
@Hidden
@RestController
class LoginPage {

	private static final String PAGE = """
			<!DOCTYPE html>
			<html lang="en">
			<head>
			<meta charset="utf-8">
			<meta name="viewport" content="width=device-width, initial-scale=1">
			<title>Sign in · Orbit</title>
			<style>
			:root { color-scheme: dark; }
			* { box-sizing: border-box; }
			body { margin: 0; min-height: 100vh; display: grid; place-items: center;
			  background: radial-gradient(circle at 50%% 0%%, #16213a 0%%, #0a0e17 60%%);
			  color: #dce3ef; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
			main { width: min(24rem, calc(100vw - 2rem)); padding: 2rem; border: 1px solid #26324a;
			  border-radius: 12px; background: #111827; box-shadow: 0 12px 40px rgba(0, 0, 0, .45); }
			.wordmark { display: flex; align-items: center; gap: .6rem; margin: 0 0 .25rem;
			  font-size: 1.6rem; font-weight: 700; letter-spacing: .35em; color: #f1f5fb; }
			.wordmark svg { flex: none; }
			.tagline { margin: 0 0 1.5rem; color: #8fa0bb; font-size: .9rem; }
			label { display: block; margin: 1rem 0 .35rem; font-size: .85rem; font-weight: 600;
			  letter-spacing: .04em; color: #b6c2d6; }
			input { width: 100%%; padding: .65rem .75rem; border: 1px solid #33425e; border-radius: 8px;
			  background: #0b1220; color: #f1f5fb; font: inherit; }
			input:focus { outline: 2px solid #4da3ff; outline-offset: 1px; border-color: #4da3ff; }
			button { width: 100%%; margin-top: 1.5rem; padding: .7rem; border: 0; border-radius: 8px;
			  background: #2f7de1; color: #fff; font: inherit; font-weight: 600; cursor: pointer; }
			button:hover { background: #3b8cf0; }
			button:focus-visible { outline: 2px solid #9cc9ff; outline-offset: 2px; }
			.message { margin: 0 0 .5rem; padding: .65rem .8rem; border-radius: 8px; font-size: .9rem; }
			.error { border: 1px solid #7f2d2d; background: #2a1215; color: #ffb4b4; }
			.info { border: 1px solid #2c4a6e; background: #0f2136; color: #b9d8ff; }
			</style>
			</head>
			<body>
			<main>
			<h1 class="wordmark"><svg width="30" height="30" viewBox="0 0 30 30" aria-hidden="true">
			<circle cx="15" cy="15" r="5" fill="#4da3ff"/>
			<ellipse cx="15" cy="15" rx="13" ry="6" fill="none" stroke="#8fa0bb" stroke-width="1.5"
			 transform="rotate(-25 15 15)"/></svg>ORBIT</h1>
			<p class="tagline">Mission control sign-in</p>
			%s
			<form method="post" action="/login">
			<label for="email">E-mail</label>
			<input id="email" name="email" type="email" autocomplete="username" required autofocus>
			<label for="password">Password</label>
			<input id="password" name="password" type="password" autocomplete="current-password" required>
			<input type="hidden" name="%s" value="%s">
			<button type="submit">Sign in</button>
			</form>
			</main>
			</body>
			</html>
			""";

	private final Clock clock;

	LoginPage(Clock clock) {
		this.clock = clock;
	}

	@GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
	String login(HttpServletRequest request) {
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		return PAGE.formatted(message(request), HtmlUtils.htmlEscape(csrf.getParameterName()),
				HtmlUtils.htmlEscape(csrf.getToken()));
	}

	private String message(HttpServletRequest request) {
		if (request.getParameter("error") != null) {
			return "<p class=\"message error\" role=\"alert\">" + HtmlUtils.htmlEscape(failure(request)) + "</p>";
		}
		if (request.getParameter("logout") != null) {
			return "<p class=\"message info\" role=\"status\">You have signed out.</p>";
		}
		return "";
	}

	private String failure(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Object failure = (session != null) ? session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) : null;
		if (failure instanceof TooManyFailedLogins locked) {
			return tooMany(Duration.between(this.clock.instant(), locked.until()));
		}
		if (failure instanceof AuthenticationServiceException unavailable) {
			return unavailable.getMessage();
		}
		if (failure instanceof AuthenticationException) {
			return UsersServiceAuthentication.WRONG;
		}
		return "Sign-in failed: try again.";
	}

	/** Says when to try again, in whole minutes rounded up (at least one). */
	static String tooMany(Duration left) {
		long minutes = Math.max(1, (left.toSeconds() + 59) / 60);
		return "Too many failed sign-in attempts. Try again in " + minutes
				+ ((minutes == 1) ? " minute." : " minutes.");
	}

}

package space.orbit.auth.login;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.web.util.UriComponentsBuilder;
import space.orbit.auth.AuthTestInfrastructure;
import space.orbit.test.Http;
import space.orbit.test.ServiceProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person logs in to the dashboard over real HTTP, as a browser would: authorization
 * code with PKCE, the login page, the password checked by a STAND-IN of the users
 * service's {@code /api/users/credentials/verify}
 * ({@link space.orbit.auth.UsersServiceStandIn}; the real endpoint is being built in
 * parallel, the end-to-end test with it comes later).
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class AuthorizationCodeFlowIT extends AuthTestInfrastructure {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final SecureRandom RANDOM = new SecureRandom();

	@Test
	void aPersonLogsInWithPkceAndTheTokenCarriesTheirAccessAndName() throws Exception {
		Browser browser = new Browser();
		String verifier = randomBase64Url(32);
		int checksBefore = users.authorizations().size();

		String login = Browser.location(browser.get(authorizeUri(port, challenge(verifier), "s-1")));
		assertThat(URI.create(login).getPath()).isEqualTo("/login");
		HttpResponse<String> page = browser.get(login);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(page.body()).contains("ORBIT").contains("name=\"email\"").contains("name=\"password\"");
		String resumed = Browser.location(browser.postForm(issuer + "/login",
				Map.of("email", ada.email(), "password", ada.password(), "_csrf", Browser.csrfToken(page))));
		assertThat(URI.create(resumed).getPath()).isEqualTo("/oauth2/authorize");
		URI redirect = URI.create(Browser.location(browser.get(resumed)));
		assertThat(redirect.toString()).startsWith(REDIRECT_URI + "?");
		Map<String, String> query = UriComponentsBuilder.fromUri(redirect).build().getQueryParams().toSingleValueMap();
		assertThat(query).containsEntry("state", "s-1").containsKey("code");

		HttpResponse<String> tokens = tokenRequest(port, "orbit-dashboard", secretOf("orbit-dashboard"),
				Browser.form(Map.of("grant_type", "authorization_code", "code", query.get("code"), "redirect_uri",
						REDIRECT_URI, "code_verifier", verifier)));

		assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
		JsonNode answer = JSON.readTree(tokens.body());
		assertThat(answer.has("refresh_token")).isTrue();
		JWTClaimsSet access = verified(port, answer.get("access_token").asString());
		assertThat(access.getSubject()).isEqualTo(ada.email());
		assertThat(access.getStringListClaim("roles")).containsExactly("operator");
		assertThat(access.getStringClaim("name")).isEqualTo("Ada Lovelace");
		assertThat(access.getStringClaim("client_id")).isEqualTo("orbit-dashboard");
		assertThat(access.getIssuer()).isEqualTo(issuer);
		JWTClaimsSet id = verified(port, answer.get("id_token").asString());
		assertThat(id.getSubject()).isEqualTo(ada.email());
		assertThat(id.getStringClaim("name")).isEqualTo("Ada Lovelace");
		assertThat(id.getAudience()).containsExactly("orbit-dashboard");
		assertThat(id.getDateClaim("auth_time")).isNotNull();
		// The users service was asked once, with a token this service signed for itself.
		List<String> checks = users.authorizations().subList(checksBefore, users.authorizations().size());
		assertThat(checks).singleElement().satisfies((header) -> assertThat(header).startsWith("Bearer "));
		JWTClaimsSet self = verified(port, checks.get(0).substring("Bearer ".length()));
		assertThat(self.getSubject()).isEqualTo("orbit-auth");
		assertThat(self.getIssuer()).isEqualTo(issuer);
		assertThat(self.getStringListClaim("roles")).containsExactly("authenticator");
		assertThat(Duration.between(self.getIssueTime().toInstant(), self.getExpirationTime().toInstant()))
			.isEqualTo(Duration.ofMinutes(1));

		HttpResponse<String> refreshed = tokenRequest(port, "orbit-dashboard", secretOf("orbit-dashboard"), Browser
			.form(Map.of("grant_type", "refresh_token", "refresh_token", answer.get("refresh_token").asString())));
		assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
		JWTClaimsSet again = verified(port, JSON.readTree(refreshed.body()).get("access_token").asString());
		assertThat(again.getSubject()).isEqualTo(ada.email());
		assertThat(again.getStringListClaim("roles")).containsExactly("operator");
		assertThat(again.getStringClaim("name")).isEqualTo("Ada Lovelace");
	}

	@Test
	void anAuthorizationRequestWithoutPkceIsRefused() {
		Browser browser = new Browser();
		String withoutChallenge = authorizeUri(port, "x", "s-5").replaceAll("&code_challenge(_method)?=[^&]*", "");

		URI refused = URI.create(Browser.location(browser.get(withoutChallenge)));

		assertThat(refused.toString()).startsWith(REDIRECT_URI + "?");
		Map<String, String> query = UriComponentsBuilder.fromUri(refused).build().getQueryParams().toSingleValueMap();
		assertThat(query).containsEntry("error", "invalid_request")
			.containsEntry("state", "s-5")
			.doesNotContainKey("code");
	}

	@Test
	void theCodeIsRefusedWithoutItsVerifier() {
		Browser browser = new Browser();
		String verifier = randomBase64Url(32);
		String login = Browser.location(browser.get(authorizeUri(port, challenge(verifier), "s-2")));
		HttpResponse<String> page = browser.get(login);
		String resumed = Browser.location(browser.postForm(issuer + "/login",
				Map.of("email", ada.email(), "password", ada.password(), "_csrf", Browser.csrfToken(page))));
		URI redirect = URI.create(Browser.location(browser.get(resumed)));
		String code = UriComponentsBuilder.fromUri(redirect).build().getQueryParams().getFirst("code");

		HttpResponse<String> tokens = tokenRequest(port, "orbit-dashboard", secretOf("orbit-dashboard"),
				Browser.form(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT_URI,
						"code_verifier", randomBase64Url(32))));

		assertThat(tokens.statusCode()).isEqualTo(400);
		assertThat(tokens.body()).contains("invalid_grant");
	}

	@Test
	void aWrongPasswordShowsTheLoginPageWithAnErrorAndNoCode() {
		Browser browser = new Browser();
		String login = Browser.location(browser.get(authorizeUri(port, challenge(randomBase64Url(32)), "s-3")));
		HttpResponse<String> page = browser.get(login);

		String failed = Browser.location(browser.postForm(issuer + "/login",
				Map.of("email", ada.email(), "password", "wrong", "_csrf", Browser.csrfToken(page))));

		assertThat(failed).doesNotContain("code=").endsWith("/login?error");
		HttpResponse<String> again = browser.get(failed);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("The e-mail address or the password is wrong.").contains("name=\"password\"");
		// Still not logged in: the authorization request leads to the login page again.
		assertThat(URI.create(Browser.location(browser.get(authorizeUri(port, challenge(randomBase64Url(32)), "s-4"))))
			.getPath()).isEqualTo("/login");
	}

	@Test
	void anUnreachableUsersServiceIsSaidOnTheLoginPage() {
		int nobody = ServiceProcess.freePort();
		String unreachable = "http://127.0.0.1:" + nobody;
		try (ConfigurableApplicationContext another = startAnother(Map.of("orbit.auth.users-url", unreachable))) {
			int anotherPort = ((WebServerApplicationContext) another).getWebServer().getPort();
			String base = "http://127.0.0.1:" + anotherPort;
			Browser browser = new Browser();
			HttpResponse<String> page = browser.get(base + "/login");

			String failed = Browser.location(browser.postForm(base + "/login",
					Map.of("email", ada.email(), "password", ada.password(), "_csrf", Browser.csrfToken(page))));
			HttpResponse<String> again = browser.get(failed);

			assertThat(again.statusCode()).isEqualTo(200);
			assertThat(again.body()).contains("The users service at " + unreachable + " is unreachable.");
		}
	}

	@Test
	void theLoginPageIsSelfContained() {
		HttpResponse<String> page = new Browser().get(issuer + "/login");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("src=\"http").doesNotContain("href=\"http").doesNotContain("@import");
		assertThat(new Http(port).get("/health/readiness").status()).isEqualTo(200);
	}

	static String authorizeUri(int port, String challenge, String state) {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("response_type", "code");
		query.put("client_id", "orbit-dashboard");
		query.put("scope", "openid profile");
		query.put("redirect_uri", REDIRECT_URI);
		query.put("state", state);
		query.put("code_challenge", challenge);
		query.put("code_challenge_method", "S256");
		return "http://127.0.0.1:" + port + "/oauth2/authorize?" + Browser.form(query);
	}

	private static JWTClaimsSet verified(int port, String token) throws Exception {
		SignedJWT jwt = SignedJWT.parse(token);
		RSAKey key = (RSAKey) JWKSet.parse(new Http(port).get("/oauth2/jwks").body())
			.getKeyByKeyId(jwt.getHeader().getKeyID());
		assertThat(jwt.verify(new RSASSAVerifier(key))).as("signature of %s", token).isTrue();
		return jwt.getJWTClaimsSet();
	}

	private static String challenge(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String randomBase64Url(int bytes) {
		byte[] random = new byte[bytes];
		RANDOM.nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

}

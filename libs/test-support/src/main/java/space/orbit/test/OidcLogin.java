package space.orbit.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person logging in to Orbit's auth service over HTTP as a browser does (ADR 0017): the
 * authorization request with PKCE, the auth service's own login page (its CSRF field read
 * from the page), the password, the code, and the code exchanged with its verifier for
 * the tokens. Cookies kept, redirects looked at one by one.
 */
public final class OidcLogin {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String authUrl;

	private final String clientId;

	private final String clientSecret;

	private final String redirectUri;

	/**
	 * @param authUrl the auth service's address
	 * @param clientId a client of the authorization-code grant
	 * @param clientSecret its secret
	 * @param redirectUri one of its redirect URIs
	 */
	public OidcLogin(String authUrl, String clientId, String clientSecret, String redirectUri) {
		this.authUrl = authUrl;
		this.clientId = clientId;
		this.clientSecret = clientSecret;
		this.redirectUri = redirectUri;
	}

	/**
	 * Logs in with {@code email} and {@code password} on the login page.
	 * @return the token answer: {@code access_token}, {@code id_token},
	 * {@code refresh_token}
	 */
	public JsonNode logIn(String email, String password) {
		String verifier = random();
		String state = random();
		Map<String, String> authorize = new LinkedHashMap<>();
		authorize.put("response_type", "code");
		authorize.put("client_id", this.clientId);
		authorize.put("scope", "openid profile");
		authorize.put("redirect_uri", this.redirectUri);
		authorize.put("state", state);
		authorize.put("code_challenge", challenge(verifier));
		authorize.put("code_challenge_method", "S256");
		String login = location(get(this.authUrl + "/oauth2/authorize?" + form(authorize)));
		assertThat(URI.create(login).getPath()).as("the authorization request leads to the login page")
			.isEqualTo("/login");
		HttpResponse<String> page = get(login);
		assertThat(page.statusCode()).isEqualTo(200);
		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).as("a CSRF field in the login page").isTrue();
		String resumed = location(post(this.authUrl + "/login", null,
				form(Map.of("email", email, "password", password, "_csrf", csrf.group(1)))));
		assertThat(resumed).as("a login accepted, not the login page again").doesNotEndWith("/login?error");
		URI redirect = URI.create(location(get(resumed)));
		assertThat(redirect.toString()).startsWith(this.redirectUri + "?");
		Map<String, String> query = query(redirect);
		assertThat(query).containsEntry("state", state).containsKey("code");
		String basic = Base64.getEncoder()
			.encodeToString((this.clientId + ":" + this.clientSecret).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> tokens = post(this.authUrl + "/oauth2/token", "Basic " + basic,
				form(Map.of("grant_type", "authorization_code", "code", query.get("code"), "redirect_uri",
						this.redirectUri, "code_verifier", verifier)));
		assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
		return JSON.readTree(tokens.body());
	}

	/** The claims of a JWT, unverified (a service under test verifies it). */
	public static JsonNode claims(String jwt) {
		return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
	}

	private HttpResponse<String> get(String uri) {
		return send(HttpRequest.newBuilder(URI.create(uri)).header("Accept", "text/html").GET().build());
	}

	private HttpResponse<String> post(String uri, String authorization, String form) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
			.header("Accept", "text/html,application/json")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return send(request.build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.browser.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String location(HttpResponse<String> response) {
		assertThat(response.statusCode()).as("a redirect: %s", response.body()).isEqualTo(302);
		return response.headers().firstValue("Location").orElseThrow();
	}

	private static Map<String, String> query(URI uri) {
		Map<String, String> query = new LinkedHashMap<>();
		for (String pair : uri.getRawQuery().split("&")) {
			String[] parts = pair.split("=", 2);
			query.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
					(parts.length > 1) ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
		}
		return query;
	}

	private static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static String random() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String challenge(String verifier) {
		try {
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(
						MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

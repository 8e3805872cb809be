package space.orbit.dashboard.login;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import space.orbit.test.StandInAnswers;
import space.orbit.test.TestIssuer;

/**
 * The auth service's side of the dashboard's login, over HTTP: {@code /oauth2/authorize}
 * logs in whoever {@link #nextLogin} names (no page) and sends the browser back with a
 * code; {@code /oauth2/token} gives the code for tokens only to the dashboard's client
 * secret and the PKCE verifier of the code's challenge, and refreshes them. Access tokens
 * are {@link TestIssuer}'s (the ones the services trust); ID tokens are signed with this
 * stand-in's own key, published at {@code /oauth2/jwks}.
 */
final class AuthServiceStandIn implements AutoCloseable {

	static final String CLIENT_ID = "orbit-dashboard";

	static final String SECRET = "dashboard-test-secret";

	private final HttpServer server;

	private final RSAKey key;

	private final Map<String, Grant> codes = new ConcurrentHashMap<>();

	private final Map<String, Person> refreshTokens = new ConcurrentHashMap<>();

	/** Every token request's grant type, in order. */
	final List<String> grants = new CopyOnWriteArrayList<>();

	/** Access tokens given on a refresh. */
	final List<String> refreshed = new CopyOnWriteArrayList<>();

	private volatile Person next;

	AuthServiceStandIn() throws IOException, JOSEException {
		this.key = new RSAKeyGenerator(2048).keyID("stand-in-" + UUID.randomUUID()).generate();
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/oauth2/authorize", this::authorize);
		this.server.createContext("/oauth2/token", this::token);
		this.server.createContext("/oauth2/jwks",
				(exchange) -> answer(exchange, 200, new JWKSet(this.key.toPublicJWK()).toString(true)));
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/**
	 * Who the next authorization logs in, and how long their first access token lasts.
	 */
	void nextLogin(String subject, String name, Duration accessTokenTtl, String... roles) {
		this.next = new Person(subject, name, accessTokenTtl, roles);
	}

	private void authorize(HttpExchange exchange) throws IOException {
		Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
		if (!CLIENT_ID.equals(query.get("client_id")) || !"S256".equals(query.get("code_challenge_method"))
				|| query.get("code_challenge") == null || this.next == null) {
			answer(exchange, 400, "{\"error\":\"invalid_request\"}");
			return;
		}
		// The real auth service has a session of its own on the same host (cookies do not
		// tell ports apart).
		exchange.getResponseHeaders().add("Set-Cookie", "JSESSIONID=auth-" + UUID.randomUUID() + "; Path=/; HttpOnly");
		String code = UUID.randomUUID().toString();
		this.codes.put(code,
				new Grant(this.next, query.get("code_challenge"), query.get("redirect_uri"), query.get("nonce")));
		exchange.getResponseHeaders()
			.set("Location", query.get("redirect_uri") + "?code=" + code + "&state="
					+ URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
		exchange.sendResponseHeaders(302, -1);
		exchange.close();
	}

	private void token(HttpExchange exchange) throws IOException {
		Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		this.grants.add(String.valueOf(body.get("grant_type")));
		String basic = "Basic "
				+ Base64.getEncoder().encodeToString((CLIENT_ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
		if (!basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
			answer(exchange, 401, "{\"error\":\"invalid_client\"}");
			return;
		}
		if ("refresh_token".equals(body.get("grant_type"))) {
			Person person = this.refreshTokens.get(String.valueOf(body.get("refresh_token")));
			if (person == null) {
				answer(exchange, 400, "{\"error\":\"invalid_grant\"}");
				return;
			}
			String access = TestIssuer.shared().token(person.subject(), Duration.ofHours(1), person.roles());
			this.refreshed.add(access);
			answer(exchange, 200, "{\"access_token\":\"" + access + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
					+ "\"refresh_token\":\"" + body.get("refresh_token") + "\",\"scope\":\"openid profile\"}");
			return;
		}
		Grant grant = this.codes.remove(String.valueOf(body.get("code")));
		if (!"authorization_code".equals(body.get("grant_type")) || grant == null
				|| !grant.redirectUri().equals(body.get("redirect_uri"))
				|| !grant.challenge().equals(s256(body.get("code_verifier")))) {
			answer(exchange, 400, "{\"error\":\"invalid_grant\"}");
			return;
		}
		Person person = grant.person();
		String refresh = UUID.randomUUID().toString();
		this.refreshTokens.put(refresh, person);
		String access = TestIssuer.shared().token(person.subject(), person.accessTokenTtl(), person.roles());
		answer(exchange, 200,
				"{\"access_token\":\"" + access + "\",\"token_type\":\"Bearer\",\"expires_in\":"
						+ person.accessTokenTtl().toSeconds() + ",\"refresh_token\":\"" + refresh
						+ "\",\"scope\":\"openid profile\",\"id_token\":\"" + idToken(person, grant.nonce()) + "\"}");
	}

	private String idToken(Person person, String nonce) {
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(TestIssuer.shared().issuer())
			.subject(person.subject())
			.audience(CLIENT_ID)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(30))))
			.claim("nonce", nonce)
			.claim("name", person.name())
			.claim("email", person.subject())
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID()).build(),
				claims);
		try {
			jwt.sign(new RSASSASigner(this.key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private static String s256(String verifier) {
		if (verifier == null) {
			return null;
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Map<String, String> form(String encoded) {
		Map<String, String> values = new LinkedHashMap<>();
		if (encoded == null) {
			return values;
		}
		for (String pair : encoded.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
		return values;
	}

	static void answer(HttpExchange exchange, int status, String body) throws IOException {
		StandInAnswers.json(exchange, status, body);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private record Person(String subject, String name, Duration accessTokenTtl, String[] roles) {
	}

	private record Grant(Person person, String challenge, String redirectUri, String nonce) {
	}

}

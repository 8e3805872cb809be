package space.orbit.test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An issuer for module tests (ADR 0017): a real RSA key, its JWKS served over HTTP on
 * 127.0.0.1, and real RS256 tokens with Orbit's claims, so a service under test checks
 * real signatures without the auth service running. It also answers the
 * client-credentials grant at {@code /oauth2/token} for the services a test starts that
 * call others ({@link #registerClient}), and registers Orbit's machine clients as the
 * auth service does ({@link #machineClientEnvironment}), so a service a test starts in
 * its own JVM (security on, the default) takes its tokens here. {@code AuthenticationIT}
 * and the login browser tests use the real auth service instead.
 */
public final class TestIssuer implements AutoCloseable {

	private static volatile TestIssuer shared;

	/**
	 * The machine clients' secret: one per test JVM, never a constant in the repository.
	 */
	private static final String MACHINE_SECRET = UUID.randomUUID().toString();

	private final RSAKey key;

	private final HttpServer server;

	private final String issuer;

	private final Map<String, Client> clients = new ConcurrentHashMap<>();

	private final AtomicLong jwksRequests = new AtomicLong();

	private TestIssuer() {
		try {
			this.key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			this.server.setExecutor(Executors.newFixedThreadPool(2, (runnable) -> {
				Thread thread = new Thread(runnable, "test-issuer");
				thread.setDaemon(true);
				return thread;
			}));
			this.server.createContext("/oauth2/jwks", this::jwks);
			this.server.createContext("/oauth2/token", this::token);
			this.server.start();
			this.issuer = "http://127.0.0.1:" + this.server.getAddress().getPort();
		}
		catch (JOSEException | IOException ex) {
			throw new IllegalStateException("cannot start the test issuer", ex);
		}
	}

	/** The one issuer of this JVM, started on first use. */
	public static TestIssuer shared() {
		TestIssuer issuer = shared;
		if (issuer == null) {
			synchronized (TestIssuer.class) {
				if (shared == null) {
					shared = new TestIssuer();
				}
				issuer = shared;
			}
		}
		return issuer;
	}

	/** Its {@code iss}. */
	public String issuer() {
		return this.issuer;
	}

	public String jwksUri() {
		return this.issuer + "/oauth2/jwks";
	}

	/** How often its keys were fetched. */
	public long jwksRequests() {
		return this.jwksRequests.get();
	}

	/**
	 * The environment a service process needs to trust this issuer and to take tokens
	 * from it.
	 */
	public Map<String, String> environment() {
		return Map.of("ORBIT_AUTH_ISSUER", this.issuer, "ORBIT_AUTH_JWKS_URI", jwksUri(), "ORBIT_AUTH_TOKEN_URI",
				this.issuer + "/oauth2/token");
	}

	/**
	 * Registers Orbit's machine clients with the roles the auth service gives them
	 * (services/auth application.yml) and returns the environment their services read
	 * their secrets from: the worker ({@code viewer}, for the mission database and the
	 * samples), the simulator ({@code ground-station}), ingest ({@code key-reader}) and
	 * the dashboard's flight-dynamics planner ({@code operator}, for the worker's jobs).
	 */
	public Map<String, String> machineClientEnvironment() {
		registerClient("orbit-worker", MACHINE_SECRET, "viewer");
		registerClient("orbit-simulator", MACHINE_SECRET, "ground-station");
		registerClient("orbit-ingest", MACHINE_SECRET, "key-reader");
		registerClient("orbit-dashboard-planner", MACHINE_SECRET, "operator");
		return Map.of("ORBIT_WORKER_CLIENT_SECRET", MACHINE_SECRET, "ORBIT_SIMULATOR_CLIENT_SECRET", MACHINE_SECRET,
				"ORBIT_INGEST_CLIENT_SECRET", MACHINE_SECRET, "ORBIT_DASHBOARD_PLANNER_CLIENT_SECRET", MACHINE_SECRET);
	}

	/** The same as Spring properties, for a service started in the test's JVM. */
	public Map<String, String> properties() {
		return Map.of("orbit.security.enabled", "true", "orbit.security.issuer", this.issuer, "orbit.security.jwks-uri",
				jwksUri());
	}

	/** A token for a person with {@code roles}, valid for two hours. */
	public String token(String subject, String... roles) {
		return token(subject, Duration.ofHours(2), roles);
	}

	/** A token valid for {@code ttl} from now (a negative one is already expired). */
	public String token(String subject, Duration ttl, String... roles) {
		return sign(this.key, this.issuer, subject, ttl, List.of(roles), Map.of());
	}

	/** A token of a machine client, with {@code client_id}. */
	public String clientToken(String clientId, String... roles) {
		return sign(this.key, this.issuer, clientId, Duration.ofHours(2), List.of(roles),
				Map.of("client_id", clientId));
	}

	/**
	 * A token that looks like this issuer's (same {@code iss}, same key id) but is signed
	 * by another key.
	 */
	public String foreignToken(String subject, String... roles) {
		try {
			RSAKey other = new RSAKeyGenerator(2048).keyID(this.key.getKeyID()).generate();
			return sign(other, this.issuer, subject, Duration.ofHours(1), List.of(roles), Map.of());
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A token signed by this issuer's key but naming another issuer. */
	public String tokenOfIssuer(String otherIssuer, String subject, String... roles) {
		return sign(this.key, otherIssuer, subject, Duration.ofHours(1), List.of(roles), Map.of());
	}

	/**
	 * Lets {@code clientId} take tokens with {@code roles} at {@code /oauth2/token}
	 * (client_credentials, HTTP Basic with {@code secret}).
	 */
	public void registerClient(String clientId, String secret, String... roles) {
		this.clients.put(clientId, new Client(secret, List.of(roles)));
	}

	private static String sign(RSAKey key, String issuer, String subject, Duration ttl, List<String> roles,
			Map<String, Object> claims) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(issuer)
			.subject(subject)
			.issueTime(Date.from(now.minusSeconds(1)))
			.notBeforeTime(Date.from(now.minusSeconds(1)))
			.expirationTime(Date.from(now.plus(ttl)))
			.jwtID(UUID.randomUUID().toString())
			.claim("roles", roles)
			.claim("name", subject);
		claims.forEach(builder::claim);
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
				builder.build());
		try {
			jwt.sign(new RSASSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private void jwks(HttpExchange exchange) throws IOException {
		this.jwksRequests.incrementAndGet();
		answer(exchange, 200, new JWKSet(this.key.toPublicJWK()).toString(true));
	}

	private void token(HttpExchange exchange) throws IOException {
		String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String pair : form.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		String clientId = parameters.get("client_id");
		String secret = parameters.get("client_secret");
		if (authorization != null && authorization.startsWith("Basic ")) {
			String[] basic = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8)
				.split(":", 2);
			clientId = URLDecoder.decode(basic[0], StandardCharsets.UTF_8);
			secret = (basic.length > 1) ? URLDecoder.decode(basic[1], StandardCharsets.UTF_8) : "";
		}
		Client client = (clientId != null) ? this.clients.get(clientId) : null;
		if (!"client_credentials".equals(parameters.get("grant_type")) || client == null
				|| !client.secret().equals(secret)) {
			answer(exchange, 401, "{\"error\":\"invalid_client\"}");
			return;
		}
		String token = clientToken(clientId, client.roles().toArray(String[]::new));
		answer(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":7200}");
	}

	private static void answer(HttpExchange exchange, int status, String body) throws IOException {
		StandInAnswers.json(exchange, status, body);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private record Client(String secret, List<String> roles) {
	}

}

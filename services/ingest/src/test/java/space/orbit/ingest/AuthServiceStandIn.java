package space.orbit.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import space.orbit.test.TestIssuer;

/**
 * The auth service's contract with ingest (ADR 0017), served over real HTTP until the
 * end-to-end tests run the auth service itself: {@code GET /api/v1/api-keys/active} with
 * a bearer token of the JVM's {@link TestIssuer} with role {@code key-reader} answers
 * {@code {"items":[{"id":"<uuid>","hash":"<lower-case hex SHA-256 of the whole key,
 * UTF-8>","spacecraft":[...]}]}}; without a valid token 401, without the role 403. Keys
 * are issued as the auth service issues them ({@code orbk_<id32hex>_<secret>}) and
 * revoked at once. It registers the client {@code orbit-ingest} (role key-reader) with
 * the test issuer.
 */
public final class AuthServiceStandIn implements AutoCloseable {

	public static final String CLIENT_ID = "orbit-ingest";

	private static final String SECRET = "ingest-test-secret";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final SecureRandom RANDOM = new SecureRandom();

	private final HttpServer server;

	private final JwtDecoder tokens;

	private final Map<String, Map<String, Object>> keys = new ConcurrentHashMap<>();

	private final AtomicLong reads = new AtomicLong();

	private volatile boolean down;

	private AuthServiceStandIn() throws IOException {
		TestIssuer issuer = TestIssuer.shared();
		issuer.registerClient(CLIENT_ID, SECRET, "key-reader");
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(issuer.jwksUri()).build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer.issuer()));
		this.tokens = decoder;
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.setExecutor(Executors.newFixedThreadPool(2, (runnable) -> {
			Thread thread = new Thread(runnable, "auth-stand-in");
			thread.setDaemon(true);
			return thread;
		}));
		this.server.createContext("/api/v1/api-keys/active", this::active);
		this.server.start();
	}

	public static AuthServiceStandIn start() {
		try {
			return new AuthServiceStandIn();
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot start the auth service's stand-in", ex);
		}
	}

	/**
	 * What ingest needs to trust the test issuer and to read the keys here: for a
	 * {@code @DynamicPropertySource}.
	 */
	public Map<String, String> properties() {
		Map<String, String> properties = new LinkedHashMap<>(TestIssuer.shared().properties());
		properties.put("orbit.ingest.api-keys.url", url());
		properties.put("orbit.ingest.api-keys.token-uri", TestIssuer.shared().issuer() + "/oauth2/token");
		properties.put("orbit.ingest.api-keys.client-id", CLIENT_ID);
		properties.put("orbit.ingest.api-keys.client-secret", SECRET);
		return properties;
	}

	/** Where it listens: ingest's {@code orbit.ingest.api-keys.url}. */
	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** Issues a key that may send for {@code spacecraft}. */
	public String issue(String... spacecraft) {
		UUID id = UUID.randomUUID();
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String key = "orbk_" + id.toString().replace("-", "") + "_"
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", id.toString());
		item.put("hash", sha256(key));
		item.put("spacecraft", List.of(spacecraft));
		this.keys.put(key, item);
		return key;
	}

	/** The id the auth service gave {@code key}. */
	public String id(String key) {
		return (String) this.keys.get(key).get("id");
	}

	public void revoke(String key) {
		this.keys.remove(key);
	}

	/** While down, every read is answered 503. */
	public void down(boolean down) {
		this.down = down;
	}

	/** How many reads were answered with the table. */
	public long reads() {
		return this.reads.get();
	}

	private void active(HttpExchange exchange) throws IOException {
		if (this.down) {
			answer(exchange, 503, "{\"title\":\"down for the test\"}");
			return;
		}
		if (!"GET".equals(exchange.getRequestMethod())) {
			answer(exchange, 405, "{}");
			return;
		}
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		Jwt token;
		try {
			token = (authorization != null && authorization.startsWith("Bearer "))
					? this.tokens.decode(authorization.substring(7)) : null;
		}
		catch (JwtException ex) {
			token = null;
		}
		if (token == null) {
			answer(exchange, 401, "{\"title\":\"Unauthorized\"}");
			return;
		}
		List<String> roles = token.getClaimAsStringList("roles");
		if (roles == null || !roles.contains("key-reader")) {
			answer(exchange, 403, "{\"title\":\"Forbidden\"}");
			return;
		}
		this.reads.incrementAndGet();
		answer(exchange, 200, JSON.writeValueAsString(Map.of("items", new ArrayList<>(this.keys.values()))));
	}

	private static void answer(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static String sha256(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}

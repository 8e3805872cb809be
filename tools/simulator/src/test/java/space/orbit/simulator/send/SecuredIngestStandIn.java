package space.orbit.simulator.send;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import space.orbit.test.TestIssuer;

/**
 * Ingest's {@code POST /api/v1/telemetry} with security on, over real HTTP on 127.0.0.1:
 * 202 for the one API key it knows in {@code X-API-Key} or a bearer token the
 * {@link TestIssuer} signed with role {@code ground-station} (checked against its JWKS),
 * 401 for anything else, 403 for a token without the role. Records what it was sent.
 */
final class SecuredIngestStandIn implements AutoCloseable {

	private final HttpServer server;

	private final String apiKey;

	private final JwtDecoder tokens = NimbusJwtDecoder.withJwkSetUri(TestIssuer.shared().jwksUri()).build();

	private final Set<String> revokedTokens = ConcurrentHashMap.newKeySet();

	/** Each request's {@code X-API-Key}, or null. */
	final List<String> apiKeys = new CopyOnWriteArrayList<>();

	/** Each request's bearer token, or null. */
	final List<String> bearerTokens = new CopyOnWriteArrayList<>();

	SecuredIngestStandIn(String apiKey) throws IOException {
		this.apiKey = apiKey;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext(IngestSender.PATH, this::telemetry);
		this.server.start();
	}

	URI url() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	/** From now on this token is refused 401, as one signed by a key ingest lost. */
	void revoke(String token) {
		this.revokedTokens.add(token);
	}

	private void telemetry(HttpExchange exchange) throws IOException {
		exchange.getRequestBody().readAllBytes();
		String key = exchange.getRequestHeaders().getFirst(IngestCredentials.API_KEY_HEADER);
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		String bearer = (authorization != null && authorization.startsWith("Bearer ")) ? authorization.substring(7)
				: null;
		this.apiKeys.add(key);
		this.bearerTokens.add(bearer);
		int status = (key != null) ? (key.equals(this.apiKey) ? 202 : 401) : tokenStatus(bearer);
		String body = (status == 202) ? "{\"frames\":6,\"samples\":252,\"batchId\":\"b\"}"
				: "{\"type\":\"urn:orbit:problem:" + ((status == 401) ? "unauthorized" : "forbidden") + "\"}";
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	private int tokenStatus(String bearer) {
		if (bearer == null || this.revokedTokens.contains(bearer)) {
			return 401;
		}
		try {
			Jwt jwt = this.tokens.decode(bearer);
			List<String> roles = jwt.getClaimAsStringList("roles");
			return (roles != null && roles.contains("ground-station")) ? 202 : 403;
		}
		catch (JwtException ex) {
			return 401;
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}

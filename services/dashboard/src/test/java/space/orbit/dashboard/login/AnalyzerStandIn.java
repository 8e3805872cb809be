package space.orbit.dashboard.login;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import space.orbit.test.TestIssuer;

/**
 * An owning service (the analyzer's alerts) over HTTP that, like the real one, answers
 * only a bearer token it can check against {@link TestIssuer}'s keys and name, and
 * remembers whose token each request carried.
 */
final class AnalyzerStandIn implements AutoCloseable {

	private final HttpServer server;

	private final NimbusJwtDecoder tokens;

	/** The requests it answered, with the token's subject. */
	final List<Call> calls = new CopyOnWriteArrayList<>();

	/** Requests refused for their token (or its absence). */
	final List<String> refused = new CopyOnWriteArrayList<>();

	AnalyzerStandIn() throws IOException {
		TestIssuer issuer = TestIssuer.shared();
		this.tokens = NimbusJwtDecoder.withJwkSetUri(issuer.jwksUri()).build();
		this.tokens.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer.issuer()));
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/api/v1/alerts", this::alerts);
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	private void alerts(HttpExchange exchange) throws IOException {
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		Jwt token;
		try {
			if (authorization == null || !authorization.startsWith("Bearer ")) {
				throw new JwtException("no bearer token");
			}
			token = this.tokens.decode(authorization.substring("Bearer ".length()));
		}
		catch (JwtException ex) {
			this.refused.add(exchange.getRequestURI().getPath() + ": " + ex.getMessage());
			AuthServiceStandIn.answer(exchange, 401, "{\"type\":\"urn:orbit:problem:unauthorized\"}");
			return;
		}
		this.calls.add(new Call(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), token.getSubject(),
				token.getTokenValue()));
		AuthServiceStandIn.answer(exchange, 200, "{\"items\":[]}");
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	record Call(String method, String path, String subject, String token) {
	}

}

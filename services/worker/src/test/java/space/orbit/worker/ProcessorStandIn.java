package space.orbit.worker;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import space.orbit.test.TestIssuer;

/**
 * The processor's REST API as the worker calls it, served from memory: the mission
 * database's {@code GET /api/v1/spacecraft/{id}} and the paged {@code GET
 * /api/v1/samples} (the processor's response shape and {@code next}/{@code after}
 * cursor). Like the processor with security on, it answers only a request with a valid
 * bearer token of the JVM's {@link TestIssuer} with the role {@code viewer} (401 or 403
 * otherwise), and remembers who called.
 */
public final class ProcessorStandIn implements AutoCloseable {

	private final HttpServer server;

	private final Map<String, String> spacecraft = new ConcurrentHashMap<>();

	private final Map<String, List<Sample>> samples = new ConcurrentHashMap<>();

	private final Set<String> failing = ConcurrentHashMap.newKeySet();

	private final AtomicInteger samplePages = new AtomicInteger();

	private final Set<String> callers = ConcurrentHashMap.newKeySet();

	private final AtomicInteger refused = new AtomicInteger();

	private final JwtDecoder tokens;

	private ProcessorStandIn(HttpServer server) {
		this.server = server;
		TestIssuer issuer = TestIssuer.shared();
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(issuer.jwksUri()).build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer.issuer()));
		this.tokens = decoder;
	}

	public static ProcessorStandIn start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
			ProcessorStandIn standIn = new ProcessorStandIn(server);
			server.createContext("/api/v1/spacecraft/", standIn::spacecraft);
			server.createContext("/api/v1/samples", standIn::samples);
			server.start();
			return standIn;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/**
	 * Serves the spacecraft as the processor does: the contract's fields, and the
	 * record's version and update time.
	 */
	public void spacecraft(String id, int noradId, String line1, String line2) {
		this.spacecraft.put(id,
				"{\"id\":\"" + id + "\",\"missionId\":\"ORBIT-DEMO\",\"name\":\"" + id + " test\",\"noradId\":"
						+ noradId + ",\"tle\":{\"line1\":\"" + line1 + "\",\"line2\":\"" + line2
						+ "\"},\"version\":3,\"updatedAt\":\"2026-11-21T00:00:00Z\"}");
	}

	public void samples(String spacecraftId, String parameter, List<Sample> values) {
		this.samples.put(spacecraftId + "|" + parameter, new CopyOnWriteArrayList<>(values));
	}

	/** The samples API answers 503 for this parameter. */
	public void failSamples(String parameter) {
		this.failing.add(parameter);
	}

	public int samplePages() {
		return this.samplePages.get();
	}

	/** The subjects of the valid tokens it was called with. */
	public Set<String> callers() {
		return Set.copyOf(this.callers);
	}

	/** Requests it refused for want of a valid token of a viewer. */
	public int refused() {
		return this.refused.get();
	}

	/**
	 * Whether the request carries a valid token of a viewer; if not, answers 401 or 403
	 * as the processor does.
	 */
	private boolean authorized(HttpExchange exchange) throws IOException {
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		Jwt token = null;
		if (authorization != null && authorization.startsWith("Bearer ")) {
			try {
				token = this.tokens.decode(authorization.substring("Bearer ".length()));
			}
			catch (JwtException ex) {
				token = null;
			}
		}
		if (token == null) {
			this.refused.incrementAndGet();
			exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer");
			send(exchange, 401, "application/problem+json",
					"{\"type\":\"urn:orbit:problem:unauthorized\",\"status\":401}");
			return false;
		}
		List<String> roles = token.getClaimAsStringList("roles");
		if (roles == null || !roles.contains("viewer")) {
			this.refused.incrementAndGet();
			send(exchange, 403, "application/problem+json",
					"{\"type\":\"urn:orbit:problem:forbidden\",\"status\":403}");
			return false;
		}
		this.callers.add(token.getSubject());
		return true;
	}

	private void spacecraft(HttpExchange exchange) throws IOException {
		if (!authorized(exchange)) {
			return;
		}
		String id = exchange.getRequestURI().getPath().substring("/api/v1/spacecraft/".length());
		String body = this.spacecraft.get(id);
		if (body == null) {
			send(exchange, 404, "application/problem+json",
					"{\"type\":\"urn:orbit:problem:not-found\",\"title\":\"Not Found\",\"status\":404,"
							+ "\"detail\":\"No spacecraft " + id + "\"}");
		}
		else {
			send(exchange, 200, "application/json", body);
		}
	}

	private void samples(HttpExchange exchange) throws IOException {
		if (!authorized(exchange)) {
			return;
		}
		Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
		if (this.failing.contains(query.get("parameter"))) {
			send(exchange, 503, "application/problem+json", "{\"status\":503,\"title\":\"Service Unavailable\"}");
			return;
		}
		this.samplePages.incrementAndGet();
		List<Sample> all = this.samples.getOrDefault(query.get("spacecraftId") + "|" + query.get("parameter"),
				List.of());
		Instant from = Instant.parse(query.get("from"));
		Instant to = Instant.parse(query.get("to"));
		int limit = Integer.parseInt(query.getOrDefault("limit", "1000"));
		int start = query.containsKey("after") ? Integer.parseInt(query.get("after")) : 0;
		StringBuilder body = new StringBuilder("{\"items\":[");
		int count = 0;
		int index = start;
		for (; index < all.size() && count < limit; index++) {
			Sample sample = all.get(index);
			if (sample.time().isBefore(from) || !sample.time().isBefore(to)) {
				continue;
			}
			body.append((count++ > 0) ? "," : "")
				.append("{\"spacecraftId\":\"")
				.append(query.get("spacecraftId"))
				.append("\",\"parameter\":\"")
				.append(query.get("parameter"))
				.append("\",\"timestamp\":\"")
				.append(sample.time())
				.append("\",\"sequence\":")
				.append(index)
				.append(",\"value\":")
				.append(sample.value())
				.append('}');
		}
		// The processor's page (ADR 0012): items, and next only when there is a next
		// page.
		body.append(']').append((count == limit) ? ",\"next\":\"" + index + "\"" : "").append('}');
		send(exchange, 200, "application/json", body.toString());
	}

	private static Map<String, String> query(String raw) {
		Map<String, String> query = new HashMap<>();
		if (raw != null) {
			for (String pair : raw.split("&")) {
				int eq = pair.indexOf('=');
				query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return query;
	}

	private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", type);
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/**
	 * One sample: a time and a JSON value.
	 *
	 * @param time when
	 * @param value the value as JSON text (a number, true/false or a quoted string)
	 */
	public record Sample(Instant time, String value) {
	}

}

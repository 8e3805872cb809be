package space.orbit.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A STAND-IN for the users service's password check, {@code POST
 * /api/users/credentials/verify}, answering its contract (ADR 0017) over real HTTP: the
 * real endpoint is being added to the users service in parallel, and the end-to-end test
 * with the real service comes later. It knows a fixed set of people; it refuses a request
 * without a bearer token (401) and records every {@code Authorization} header it got.
 */
public final class UsersServiceStandIn implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final Map<String, Person> people;

	private final List<String> authorizations = new CopyOnWriteArrayList<>();

	/**
	 * One person the stand-in knows.
	 *
	 * @param id the account id
	 * @param email the e-mail address
	 * @param password the password
	 * @param name the name
	 * @param access viewer, operator or admin
	 */
	public record Person(String id, String email, String password, String name, String access) {
	}

	private UsersServiceStandIn(List<Person> people) throws IOException {
		this.people = people.stream()
			.collect(java.util.stream.Collectors.toUnmodifiableMap(Person::email, (person) -> person));
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/api/users/credentials/verify", this::verify);
		this.server.start();
	}

	public static UsersServiceStandIn knowing(Person... people) {
		try {
			return new UsersServiceStandIn(List.of(people));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** Every {@code Authorization} header of the requests so far, in order. */
	public List<String> authorizations() {
		return List.copyOf(this.authorizations);
	}

	private void verify(HttpExchange exchange) throws IOException {
		try (exchange) {
			String authorization = exchange.getRequestHeaders().getFirst("Authorization");
			this.authorizations.add(String.valueOf(authorization));
			if (!"POST".equals(exchange.getRequestMethod())) {
				answer(exchange, 405, "{}");
				return;
			}
			if (authorization == null || !authorization.startsWith("Bearer ")) {
				answer(exchange, 401, "{\"type\":\"urn:orbit:problem:unauthorized\",\"status\":401}");
				return;
			}
			JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
			Person person = this.people.get(body.path("email").asString(""));
			if (person == null || !person.password().equals(body.path("password").asString(""))) {
				answer(exchange, 200, "{\"verified\":false}");
				return;
			}
			answer(exchange, 200,
					JSON.writeValueAsString(Map.of("verified", true, "user",
							Map.of("id", person.id(), "email", person.email(), "name", person.name(), "role",
									"OPERATOR", "access", person.access(), "createdAt", "2026-12-01T08:00:00Z"))));
		}
	}

	private static void answer(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}

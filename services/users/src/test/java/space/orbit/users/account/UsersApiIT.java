package space.orbit.users.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import space.orbit.test.TestNats;
import space.orbit.test.Http;
import space.orbit.users.UsersTestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The User API on the real PostgreSQL and NATS JetStream: a registration is stored once
 * and told once as {@code user.created} with the caller's trace; a taken address is a
 * 409; bad input is a problem, stores nothing, publishes nothing and is counted.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UsersApiIT extends UsersTestInfrastructure {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern REGISTERED = Pattern.compile("^orbit_users_registered_total(?:\\{[^}]*})? (\\S+)$",
			Pattern.MULTILINE);

	private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	@LocalServerPort
	private int port;

	private Http http() {
		return new Http(this.port);
	}

	@Test
	void aRegistrationIsStoredAndPublishedOnceWithTheCallersTrace() {
		double registered = registeredTotal();
		String traceparent = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";
		Http.Response created = http().post("/api/users",
				"{\"email\":\"Ada.Lovelace@Orbit.Space\",\"name\":\" Ada Lovelace \",\"role\":\"CREW\"}", traceparent);

		assertThat(created.status()).isEqualTo(201);
		JsonNode user = created.json();
		String id = user.get("id").asString();
		assertThat(created.location()).endsWith("/api/users/" + id);
		assertThat(user.properties()).extracting(Map.Entry::getKey)
			.containsExactly("id", "email", "name", "role", "createdAt");
		assertThat(user.get("email").asString()).isEqualTo("ada.lovelace@orbit.space");
		assertThat(user.get("name").asString()).isEqualTo("Ada Lovelace");
		assertThat(user.get("role").asString()).isEqualTo("CREW");
		Instant createdAt = Instant.parse(user.get("createdAt").asString());
		JsonNode read = http().get("/api/users/" + id).json();
		assertThat(read.get("email")).isEqualTo(user.get("email"));
		assertThat(read.get("name")).isEqualTo(user.get("name"));
		assertThat(read.get("role")).isEqualTo(user.get("role"));
		assertThat(Instant.parse(read.get("createdAt").asString())).isEqualTo(createdAt);

		await().atMost(Duration.ofSeconds(10))
			.until(() -> postgres.queryForLong("SELECT count(*) FROM event_outbox") == 0);
		List<TestNats.Event> told = nats.events("user.created").stream().filter(e -> e.json().contains(id)).toList();
		assertThat(told).as("user.created of %s", id).hasSize(1);
		TestNats.Event event = told.get(0);
		JsonNode body = JSON.readTree(event.json());
		assertThat(body.properties()).extracting(Map.Entry::getKey)
			.containsExactlyInAnyOrder("userId", "email", "name", "role", "createdAt");
		assertThat(body.get("userId").asString()).isEqualTo(id);
		assertThat(body.get("email")).isEqualTo(user.get("email"));
		assertThat(body.get("name")).isEqualTo(user.get("name"));
		assertThat(body.get("role")).isEqualTo(user.get("role"));
		assertThat(Instant.parse(body.get("createdAt").asString())).isEqualTo(createdAt);
		assertThat(event.headers()).containsEntry("Nats-Msg-Id", "user.created:" + id)
			.containsEntry("Orbit-Event-Type", "user.created");
		assertThat(event.headers().get("traceparent")).startsWith("00-" + TRACE_ID + "-").isNotEqualTo(traceparent);
		assertThat(registeredTotal()).isEqualTo(registered + 1);
	}

	/** {@code orbit_users_registered_total} as the service exposes it now. */
	private double registeredTotal() {
		Matcher total = REGISTERED.matcher(http().get("/metrics").body());
		assertThat(total.find()).as("orbit_users_registered_total is exposed").isTrue();
		return Double.parseDouble(total.group(1));
	}

	@Test
	void aTakenAddressIsAConflictWhateverItsCase() {
		String body = "{\"email\":\"grace@orbit.space\",\"name\":\"Grace\",\"role\":\"OPERATOR\"}";
		assertThat(http().post("/api/users", body).status()).isEqualTo(201);

		Http.Response again = http().post("/api/users", body.replace("grace@", "GRACE@"));

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).startsWith("application/problem+json");
		assertThat(again.json().get("type").asString()).isEqualTo("urn:orbit:problem:duplicate-email");
		assertThat(postgres.queryForLong("SELECT count(*) FROM app_user WHERE email = 'grace@orbit.space'"))
			.isEqualTo(1);
		nats.awaitEvents("user.created", events -> events.stream().anyMatch(e -> e.json().contains("grace@")),
				Duration.ofSeconds(10));
		assertThat(nats.events("user.created").stream().filter(e -> e.json().contains("grace@"))).hasSize(1);
	}

	@Test
	void usersAreListedAPageAtATime() {
		for (int i = 0; i < 3; i++) {
			http().post("/api/users",
					"{\"email\":\"page" + i + "@orbit.space\",\"name\":\"P" + i + "\",\"role\":\"CREW\"}");
		}
		long total = postgres.queryForLong("SELECT count(*) FROM app_user");

		JsonNode first = http().get("/api/users?page=0&size=2").json();
		JsonNode last = http().get("/api/users?page=" + ((total - 1) / 2) + "&size=2").json();

		assertThat(first.get("items")).hasSize(2);
		assertThat(first.get("total").asLong()).isEqualTo(total);
		assertThat(first.get("size").asInt()).isEqualTo(2);
		assertThat(last.get("items")).hasSize((int) (total - 2 * ((total - 1) / 2)));
	}

	@Test
	void badInputIsAProblemAndChangesNothing() {
		long users = postgres.queryForLong("SELECT count(*) FROM app_user");
		long events = nats.events("user.created").size();
		List<Http.Response> bad = List.of(http().post("/api/users", "{\"email\":"), http().post("/api/users", "[1,2]"),
				http().post("/api/users", "{}"),
				http().post("/api/users", "{\"email\":\"not-an-address\",\"name\":\"X\",\"role\":\"CREW\"}"),
				http().post("/api/users", "{\"email\":\"x@orbit.space\",\"name\":\" \",\"role\":\"CREW\"}"),
				http().post("/api/users", "{\"email\":\"x@orbit.space\",\"name\":\"X\",\"role\":\"CAPTAIN\"}"),
				http().post("/api/users",
						"{\"email\":\"x@orbit.space\",\"name\":\"X\",\"role\":\"CREW\",\"admin\":true}"),
				http().post("/api/users",
						"{\"email\":\"x@orbit.space\",\"name\":\"" + "n".repeat(201) + "\",\"role\":\"CREW\"}"),
				http().postAs("/api/users", "text/plain", "x@orbit.space"), http().get("/api/users/not-a-uuid"),
				http().get("/api/users?size=0"), http().get("/api/users?size=201"), http().get("/api/users?page=-1"),
				http().get("/api/users?page=first"));

		assertThat(bad).allSatisfy(response -> {
			assertThat(response.status()).as(response.body()).isBetween(400, 499);
			assertThat(response.contentType()).startsWith("application/problem+json");
			assertThat(response.json().path("type").asString()).as(response.body()).startsWith("urn:orbit:problem:");
		});
		assertThat(bad.get(2).status()).isEqualTo(422);
		assertThat(bad.get(2).json().get("errors")).hasSize(3);
		assertThat(bad.get(8).status()).isEqualTo(415);
		Http.Response unknown = http().get("/api/users/" + UUID.randomUUID());
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		assertThat(postgres.queryForLong("SELECT count(*) FROM app_user")).isEqualTo(users);
		assertThat(nats.events("user.created")).hasSize((int) events);
		assertThat(http().get("/metrics").body())
			.containsPattern("orbit_requests_rejected_total\\{reason=\"invalid_body\"[^}]*} [1-9]")
			.containsPattern("orbit_requests_rejected_total\\{reason=\"malformed_body\"[^}]*} [1-9]")
			.containsPattern("orbit_requests_rejected_total\\{reason=\"invalid_parameter\"[^}]*} [1-9]")
			.containsPattern("orbit_requests_rejected_total\\{reason=\"unsupported_media_type\"[^}]*} [1-9]");
	}

	@Test
	void anEventLeftInTheOutboxByADeadPublisherIsPublished() throws Exception {
		UUID id = UUID.randomUUID();
		String payload = "{\"userId\":\"" + id
				+ "\",\"email\":\"orphan@orbit.space\",\"name\":\"O\",\"role\":\"CREW\"}";
		try (var connection = postgres.connect(); var statement = connection.createStatement()) {
			statement.execute("INSERT INTO event_outbox (id, type, message_id, payload, traceparent, created_at, "
					+ "lease_until) VALUES ('" + UUID.randomUUID() + "', 'user.created', 'user.created:" + id + "', '"
					+ payload + "', '00-" + TRACE_ID + "-00f067aa0ba902b7-01', now(), now() - interval '1 second')");
		}

		TestNats.Event event = nats
			.awaitEvents("user.created", events -> events.stream().anyMatch(e -> e.json().contains(id.toString())),
					Duration.ofSeconds(10))
			.stream()
			.filter(e -> e.json().contains(id.toString()))
			.findFirst()
			.orElseThrow();

		assertThat(event.headers()).containsEntry("Nats-Msg-Id", "user.created:" + id);
		assertThat(event.headers().get("traceparent")).startsWith("00-" + TRACE_ID + "-");
		await().atMost(Duration.ofSeconds(5))
			.until(() -> postgres.queryForLong("SELECT count(*) FROM event_outbox") == 0);
	}

}

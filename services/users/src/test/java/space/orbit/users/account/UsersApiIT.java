package space.orbit.users.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import space.orbit.test.ApiDocument;
import space.orbit.test.Http;
import space.orbit.test.TestNats;
import space.orbit.users.UsersTestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The User API on the real PostgreSQL and NATS JetStream: a registration is stored once
 * and told once as {@code user.created} with the caller's trace; a taken address is a 409
 * {@code conflict} ({@code duplicate_email}); bad input is a problem of its class (ADR
 * 0012), stores nothing, publishes nothing and is counted; the service serves its
 * committed OpenAPI document and accepts its examples.
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

	@Autowired
	private MeterRegistry meters;

	private Http http() {
		return new Http(this.port).as("admin");
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
			.containsExactly("id", "email", "name", "role", "access", "createdAt");
		assertThat(user.get("email").asString()).isEqualTo("ada.lovelace@orbit.space");
		assertThat(user.get("name").asString()).isEqualTo("Ada Lovelace");
		assertThat(user.get("role").asString()).isEqualTo("CREW");
		assertThat(user.get("access").asString()).isEqualTo("viewer");
		Instant createdAt = Instant.parse(user.get("createdAt").asString());
		JsonNode read = http().get("/api/users/" + id).json();
		assertThat(read.get("email")).isEqualTo(user.get("email"));
		assertThat(read.get("name")).isEqualTo(user.get("name"));
		assertThat(read.get("role")).isEqualTo(user.get("role"));
		assertThat(read.get("access")).isEqualTo(user.get("access"));
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

	/** {@code orbit_requests_rejected_total} of one type and reason. */
	private double rejected(String type, String reason) {
		return this.meters.find("orbit.requests.rejected")
			.tags("type", type, "reason", reason)
			.counters()
			.stream()
			.mapToDouble(Counter::count)
			.sum();
	}

	/** {@code orbit_requests_rejected_total} by type, whatever the reason. */
	private Map<String, Double> rejectedByType() {
		return this.meters.find("orbit.requests.rejected")
			.counters()
			.stream()
			.collect(Collectors.groupingBy(c -> c.getId().getTag("type"), Collectors.summingDouble(Counter::count)));
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
		double conflicts = rejected("conflict", "duplicate_email");

		Http.Response again = http().post("/api/users", body.replace("grace@", "GRACE@"));

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).startsWith("application/problem+json");
		assertThat(again.json().get("type").asString()).isEqualTo("urn:orbit:problem:conflict");
		assertThat(again.json().get("reason").asString()).isEqualTo("duplicate_email");
		assertThat(rejected("conflict", "duplicate_email")).isEqualTo(conflicts + 1);
		assertThat(postgres.queryForLong("SELECT count(*) FROM app_user WHERE email = 'grace@orbit.space'"))
			.isEqualTo(1);
		nats.awaitEvents("user.created", events -> events.stream().anyMatch(e -> e.json().contains("grace@")),
				Duration.ofSeconds(10));
		assertThat(nats.events("user.created").stream().filter(e -> e.json().contains("grace@"))).hasSize(1);
	}

	@Test
	void badInputIsAProblemOfItsClassAndChangesNothing() {
		long users = postgres.queryForLong("SELECT count(*) FROM app_user");
		long events = nats.events("user.created").size();
		Map<String, Double> before = rejectedByType();
		String valid = "{\"email\":\"x@orbit.space\",\"name\":\"X\",\"role\":\"CREW\"}";
		List<Map.Entry<Http.Response, String>> bad = new ArrayList<>();
		bad.add(Map.entry(http().post("/api/users", "{\"email\":"), "malformed-request"));
		bad.add(Map.entry(http().post("/api/users", "[1,2]"), "invalid-request"));
		bad.add(Map.entry(http().post("/api/users", valid.replace("x@orbit.space", "not-an-address")),
				"invalid-request"));
		bad.add(Map.entry(http().post("/api/users", valid.replace("\"X\"", "\" \"")), "invalid-request"));
		bad.add(Map.entry(http().post("/api/users", valid.replace("CREW", "CAPTAIN")), "invalid-request"));
		bad.add(Map.entry(http().post("/api/users", valid.replace("}", ",\"admin\":true}")), "invalid-request"));
		bad.add(Map.entry(http().post("/api/users", valid.replace("\"X\"", "\"" + "n".repeat(201) + "\"")),
				"invalid-request"));
		bad.add(Map.entry(http().postAs("/api/users", "text/plain", "x@orbit.space"), "unsupported-media-type"));
		bad.add(Map.entry(http().get("/api/users/not-a-uuid"), "invalid-parameter"));
		bad.add(Map.entry(http().get("/api/users/" + UUID.randomUUID()), "not-found"));
		Http.Response empty = http().post("/api/users", "{}");

		bad.forEach((entry) -> {
			Http.Response response = entry.getKey();
			String type = entry.getValue();
			assertThat(response.contentType()).as(response.body()).startsWith("application/problem+json");
			assertThat(response.json().get("type").asString()).as(response.body())
				.isEqualTo("urn:orbit:problem:" + type);
		});
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.json().get("errors").findValuesAsString("pointer")).containsExactlyInAnyOrder("/email",
				"/name", "/role");
		assertThat(postgres.queryForLong("SELECT count(*) FROM app_user")).isEqualTo(users);
		assertThat(nats.events("user.created")).hasSize((int) events);
		Map<String, Double> after = rejectedByType();
		assertThat(Map.of("malformed-request", 1.0, "invalid-request", 7.0, "unsupported-media-type", 1.0,
				"invalid-parameter", 1.0, "not-found", 1.0))
			.allSatisfy(
					(type, count) -> assertThat(after.getOrDefault(type, 0.0) - before.getOrDefault(type, 0.0)).as(type)
						.isEqualTo(count));
	}

	@Test
	void servesItsCommittedDocumentAndAcceptsItsExamples() {
		ApiDocument.assertServedAsCommitted(this.port, "users");

		assertThat(ApiDocument.replayRequestExamples(this.port, "users")).isNotEmpty();
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

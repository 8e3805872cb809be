package space.orbit.users.account;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import space.orbit.test.Http;
import space.orbit.test.TestNats;
import space.orbit.test.TestPostgres;
import space.orbit.users.UsersTestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Passwords on the real PostgreSQL and NATS JetStream: a registration's password verifies
 * its account (whatever the address's case) and nothing else; a password out of range is
 * a 422 at {@code /password} that stores nothing; a password set later replaces the old
 * one; no answer, no stored column and no {@code user.created} ever holds a password.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CredentialsIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final TestPostgres postgres = TestPostgres.newSchema("users_credentials");

	static final TestNats nats = TestNats.withUniqueStream("users-credentials");

	@LocalServerPort
	private int port;

	@Autowired
	private MeterRegistry meters;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		UsersTestInfrastructure.pointAt(registry, postgres, nats);
	}

	@AfterAll
	static void cleanUp() {
		nats.close();
		postgres.close();
	}

	@Test
	void aRegisteredPasswordVerifiesItsAccountWhateverTheAddressCaseAndNothingElse() {
		String password = "Vostok-1 went round once";
		Http.Response created = http().post("/api/users", "{\"email\":\"Yuri.Gagarin@Orbit.Space\",\"name\":\"Yuri"
				+ " Gagarin\",\"role\":\"OPERATOR\",\"access\":\"admin\",\"password\":\"" + password + "\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode user = created.json();
		assertThat(user.properties()).extracting(Map.Entry::getKey)
			.containsExactly("id", "email", "name", "role", "access", "createdAt");
		assertThat(user.get("access").asString()).isEqualTo("admin");
		String id = user.get("id").asString();
		double verified = checks("verified");
		double refused = checks("refused");

		Http.Response right = verify("yuri.gagarin@orbit.space", password);
		Http.Response shouted = verify("  YURI.GAGARIN@ORBIT.SPACE", password);
		Http.Response wrong = verify("yuri.gagarin@orbit.space", password + "!");
		Http.Response caseOfPassword = verify("yuri.gagarin@orbit.space", password.toUpperCase());
		Http.Response unknown = verify("gherman.titov@orbit.space", password);

		for (Http.Response yes : List.of(right, shouted)) {
			assertThat(yes.status()).isEqualTo(200);
			assertThat(yes.json().properties()).extracting(Map.Entry::getKey).containsExactly("verified", "user");
			assertThat(yes.json().get("verified").asBoolean()).isTrue();
			assertThat(yes.json().get("user")).isEqualTo(user);
		}
		for (Http.Response no : List.of(wrong, caseOfPassword, unknown)) {
			assertThat(no.status()).isEqualTo(200);
			assertThat(no.body().replace(" ", "")).isEqualTo("{\"verified\":false}");
		}
		assertThat(checks("verified")).isEqualTo(verified + 2);
		assertThat(checks("refused")).isEqualTo(refused + 3);
		for (Http.Response answer : List.of(created, right, shouted, wrong, unknown, http().get("/api/users/" + id),
				http().get("/api/users"))) {
			assertThat(answer.body()).doesNotContain(password)
				.doesNotContain("$2a$")
				.doesNotContainIgnoringCase("password");
		}
		String hash = storedHash(id);
		assertThat(hash).startsWith("$2a$10$").doesNotContain(password);

		await().atMost(Duration.ofSeconds(10))
			.until(() -> postgres.queryForLong("SELECT count(*) FROM event_outbox") == 0);
		List<TestNats.Event> told = nats.events("user.created").stream().filter(e -> e.json().contains(id)).toList();
		assertThat(told).hasSize(1);
		assertThat(JSON.readTree(told.get(0).json()).properties()).extracting(Map.Entry::getKey)
			.containsExactlyInAnyOrder("userId", "email", "name", "role", "createdAt");
		assertThat(told.get(0).json()).doesNotContain(password)
			.doesNotContain(hash)
			.doesNotContain("$2a$")
			.doesNotContainIgnoringCase("password")
			.doesNotContain("admin");
	}

	@Test
	void aPasswordOutOfRangeIsA422AtPasswordAndStoresNothing() {
		long users = postgres.queryForLong("SELECT count(*) FROM app_user");
		String valid = "{\"email\":\"valentina@orbit.space\",\"name\":\"Valentina\",\"role\":\"CREW\",";

		Http.Response tooShort = http().post("/api/users", valid + "\"password\":\"Chaika-1963\"}");
		Http.Response tooLong = http().post("/api/users", valid + "\"password\":\"" + "v".repeat(129) + "\"}");
		Http.Response unknownAccess = http().post("/api/users", valid + "\"access\":\"root\"}");

		assertProblemAt(tooShort, "/password", "password_too_short");
		assertThat(tooShort.body()).doesNotContain("Chaika-1963");
		assertProblemAt(tooLong, "/password", "password_too_long");
		assertThat(tooLong.body()).doesNotContain("v".repeat(129));
		assertProblemAt(unknownAccess, "/access", "invalid_value");
		assertThat(unknownAccess.json().get("errors").get(0).get("detail").asString()).contains("viewer", "operator",
				"admin");
		assertThat(postgres.queryForLong("SELECT count(*) FROM app_user")).isEqualTo(users);
		assertThat(postgres.queryForLong("SELECT count(*) FROM event_outbox")).isZero();
		assertThat(nats.events("user.created")).noneMatch((e) -> e.json().contains("valentina@"));
		Http.Response accepted = http().post("/api/users", valid + "\"password\":\"Chaika-1963!\"}");
		assertThat(accepted.status()).as("12 characters are enough: " + accepted.body()).isEqualTo(201);
		assertThat(accepted.json().get("access").asString()).isEqualTo("viewer");
	}

	@Test
	void aPasswordSetLaterReplacesTheOldOne() {
		Http.Response created = http().post("/api/users",
				"{\"email\":\"alexei.leonov@orbit.space\",\"name\":\"Alexei Leonov\",\"role\":\"CREW\"}");
		String id = created.json().get("id").asString();
		String email = "alexei.leonov@orbit.space";
		assertThat(storedHash(id)).as("no password given, none stored").isNull();
		assertThat(verified(email, "first walk in space")).as("an account without a password").isFalse();

		Http.Response set = http().put("/api/users/" + id + "/password", "{\"password\":\"first walk in space\"}");
		assertThat(set.status()).as(set.body()).isEqualTo(204);
		assertThat(set.body()).isEmpty();
		assertThat(verified(email, "first walk in space")).isTrue();

		Http.Response changed = http().put("/api/users/" + id + "/password", "{\"password\":\"Voskhod 2, 1965\"}");
		assertThat(changed.status()).isEqualTo(204);
		assertThat(verified(email, "first walk in space")).isFalse();
		assertThat(verified(email, "Voskhod 2, 1965")).isTrue();

		String hash = storedHash(id);
		assertProblemAt(http().put("/api/users/" + id + "/password", "{\"password\":\"too short\"}"), "/password",
				"password_too_short");
		assertThat(storedHash(id)).as("a refused password changes nothing").isEqualTo(hash);
		assertThat(verified(email, "Voskhod 2, 1965")).isTrue();
		Http.Response unknown = http().put("/api/users/00000000-0000-4000-8000-000000000000/password",
				"{\"password\":\"nobody's password\"}");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("type").asString()).isEqualTo("urn:orbit:problem:not-found");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> postgres.queryForLong("SELECT count(*) FROM event_outbox") == 0);
		assertThat(nats.events("user.created").stream().filter((e) -> e.json().contains(id)))
			.as("setting a password publishes nothing")
			.hasSize(1);
	}

	private static void assertProblemAt(Http.Response response, String pointer, String reason) {
		assertThat(response.status()).as(response.body()).isEqualTo(422);
		assertThat(response.contentType()).startsWith("application/problem+json");
		JsonNode problem = response.json();
		assertThat(problem.get("type").asString()).isEqualTo("urn:orbit:problem:invalid-request");
		assertThat(problem.get("errors")).hasSize(1);
		assertThat(problem.get("errors").get(0).get("pointer").asString()).isEqualTo(pointer);
		assertThat(problem.get("errors").get(0).get("reason").asString()).isEqualTo(reason);
	}

	private boolean verified(String email, String password) {
		Http.Response answer = verify(email, password);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json().get("verified").asBoolean();
	}

	private Http.Response verify(String email, String password) {
		return new Http(this.port).as("authenticator")
			.post("/api/users/credentials/verify", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
	}

	private static String storedHash(String id) {
		try (var connection = postgres.connect();
				var statement = connection.prepareStatement("SELECT password_hash FROM app_user WHERE id = ?::uuid")) {
			statement.setString(1, id);
			try (var rows = statement.executeQuery()) {
				assertThat(rows.next()).as("user %s is stored", id).isTrue();
				return rows.getString(1);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** {@code orbit_users_credential_checks_total} of one outcome. */
	private double checks(String outcome) {
		return this.meters.get("orbit.users.credential.checks").tag("outcome", outcome).counter().count();
	}

	private Http http() {
		return new Http(this.port).as("admin");
	}

}

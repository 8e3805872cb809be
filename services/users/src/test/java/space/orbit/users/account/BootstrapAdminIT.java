package space.orbit.users.account;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import space.orbit.test.Http;
import space.orbit.test.TestIssuer;
import space.orbit.test.TestNats;
import space.orbit.test.TestPostgres;
import space.orbit.users.UsersApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The bootstrap administrator across real starts of the service on PostgreSQL and NATS
 * JetStream: created once (one {@code user.created}) however often the service starts, an
 * existing account made admin with the file's password, a start refused on an unusable
 * password file; the password never in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class BootstrapAdminIT {

	static final TestPostgres postgres = TestPostgres.newSchema("users_bootstrap");

	static final TestNats nats = TestNats.withUniqueStream("users-bootstrap");

	@TempDir
	Path dir;

	@AfterAll
	static void cleanUp() {
		nats.close();
		postgres.close();
	}

	@Test
	void theAdministratorIsCreatedOnceHoweverOftenTheServiceStarts(CapturedOutput output) throws IOException {
		Path file = Files.writeString(this.dir.resolve("admin-password"), "  Mission Control 1961  \nignored\n");
		Map<String, String> bootstrap = Map.of("orbit.users.bootstrap-admin.email", "Flight@Orbit.Space",
				"orbit.users.bootstrap-admin.password-file", file.toString());
		String id;
		try (ConfigurableApplicationContext first = start(bootstrap)) {
			JsonNode admin = verified(first, "flight@orbit.space", "Mission Control 1961");
			assertThat(admin.get("access").asString()).isEqualTo("admin");
			assertThat(admin.get("role").asString()).isEqualTo("OPERATOR");
			assertThat(admin.get("name").asString()).isEqualTo("Orbit administrator");
			id = admin.get("id").asString();
			awaitToldOf("flight@orbit.space");
		}

		try (ConfigurableApplicationContext second = start(bootstrap)) {
			assertThat(verified(second, "flight@orbit.space", "Mission Control 1961").get("id").asString())
				.isEqualTo(id);
		}

		assertThat(postgres.queryForLong("SELECT count(*) FROM app_user WHERE email = 'flight@orbit.space'"))
			.isEqualTo(1);
		assertThat(postgres.queryForLong("SELECT count(*) FROM event_outbox")).as("nothing left to publish").isZero();
		assertThat(toldOf("flight@orbit.space")).as("user.created after the second start").hasSize(1);
		assertThat(output).contains("Bootstrap administrator flight@orbit.space created")
			.contains("Bootstrap administrator flight@orbit.space exists already")
			.doesNotContain("Mission Control 1961");
	}

	@Test
	void anExistingAccountIsMadeAdministratorWithTheFilesPassword(CapturedOutput output) throws IOException {
		String id;
		try (ConfigurableApplicationContext plain = start(Map.of())) {
			Http.Response created = http(plain).as("admin")
				.post("/api/users", "{\"email\":\"gene.kranz@orbit.space\","
						+ "\"name\":\"Gene Kranz\",\"role\":\"OPERATOR\",\"password\":\"failure is not an option\"}");
			assertThat(created.status()).as(created.body()).isEqualTo(201);
			assertThat(created.json().get("access").asString()).isEqualTo("viewer");
			id = created.json().get("id").asString();
			awaitToldOf("gene.kranz@orbit.space");
		}
		Path file = Files.writeString(this.dir.resolve("kranz"), "White Team 1970\n");

		try (ConfigurableApplicationContext again = start(Map.of("orbit.users.bootstrap-admin.email",
				"GENE.KRANZ@orbit.space", "orbit.users.bootstrap-admin.password-file", file.toString()))) {
			JsonNode admin = verified(again, "gene.kranz@orbit.space", "White Team 1970");
			assertThat(admin.get("id").asString()).isEqualTo(id);
			assertThat(admin.get("access").asString()).isEqualTo("admin");
			assertThat(admin.get("name").asString()).as("the account's own name stays").isEqualTo("Gene Kranz");
			assertThat(check(again, "gene.kranz@orbit.space", "failure is not an option").get("verified").asBoolean())
				.as("the old password")
				.isFalse();
		}

		assertThat(postgres.queryForLong("SELECT count(*) FROM app_user WHERE email = 'gene.kranz@orbit.space'"))
			.isEqualTo(1);
		assertThat(postgres.queryForLong("SELECT count(*) FROM event_outbox")).isZero();
		assertThat(toldOf("gene.kranz@orbit.space")).as("only the registration's user.created").hasSize(1);
		assertThat(output)
			.contains("Bootstrap administrator gene.kranz@orbit.space updated: access viewer -> admin, password set")
			.doesNotContain("White Team 1970")
			.doesNotContain("failure is not an option");
	}

	@Test
	void anUnusablePasswordFileStopsTheStartNamingTheFileAndTheRule(CapturedOutput output) throws IOException {
		Path shortOne = Files.writeString(this.dir.resolve("short"), "Xq7-z9\n");
		Path absent = this.dir.resolve("absent");

		for (Path file : List.of(shortOne, absent)) {
			assertThatException()
				.isThrownBy(() -> start(Map.of("orbit.users.bootstrap-admin.email", "someone@orbit.space",
						"orbit.users.bootstrap-admin.password-file", file.toString())))
				.as(file.toString())
				.withStackTraceContaining("orbit.users.bootstrap-admin.password-file")
				.withStackTraceContaining(file.toString())
				.withStackTraceContaining((file == absent) ? "cannot be read" : "must be 12 to 128 characters long");
		}
		assertThat(postgres.queryForLong("SELECT count(*) FROM app_user WHERE email = 'someone@orbit.space'")).isZero();
		assertThat(output).doesNotContain("Xq7-z9");
	}

	/** Starts the service on this test's schema and stream, with the given settings. */
	private static ConfigurableApplicationContext start(Map<String, String> settings) {
		List<String> args = new ArrayList<>(
				List.of("--spring.datasource.url=" + postgres.url(), "--orbit.users.schema=" + postgres.schema(),
						"--orbit.users.outbox.lease=1s", "--orbit.users.outbox.sweep-interval=200ms", "--server.port=0",
						"--logging.structured.format.console="));
		nats.properties().forEach((key, value) -> args.add("--" + key + "=" + value));
		TestIssuer.shared().properties().forEach((key, value) -> args.add("--" + key + "=" + value));
		settings.forEach((key, value) -> args.add("--" + key + "=" + value));
		return new SpringApplicationBuilder(UsersApplication.class).run(args.toArray(String[]::new));
	}

	/** The account the address and password verify; fails when they do not. */
	private static JsonNode verified(ConfigurableApplicationContext service, String email, String password) {
		JsonNode answer = check(service, email, password);
		assertThat(answer.get("verified").asBoolean()).as("%s verified", email).isTrue();
		return answer.get("user");
	}

	private static JsonNode check(ConfigurableApplicationContext service, String email, String password) {
		Http.Response answer = http(service).as("authenticator")
			.post("/api/users/credentials/verify", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}

	private static void awaitToldOf(String email) {
		nats.awaitEvents("user.created", (events) -> events.stream().anyMatch((e) -> e.json().contains(email)),
				Duration.ofSeconds(10));
	}

	private static List<TestNats.Event> toldOf(String email) {
		return nats.events("user.created").stream().filter((e) -> e.json().contains(email)).toList();
	}

	private static Http http(ConfigurableApplicationContext service) {
		return new Http(service.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
	}

}

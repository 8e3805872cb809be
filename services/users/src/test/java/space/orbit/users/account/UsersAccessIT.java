package space.orbit.users.account;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import space.orbit.test.AccessMatrix;
import space.orbit.test.Http;
import space.orbit.test.TestNats;
import space.orbit.test.TestPostgres;
import space.orbit.users.UsersTestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what in the User API (ADR 0017), generated from its committed OpenAPI
 * document: every operation refused without a token and with too small a role, allowed
 * with its own; verifying a password only for the auth service's machine role, which no
 * person's role includes.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UsersAccessIT {

	static final TestPostgres postgres = TestPostgres.newSchema("users_access");

	static final TestNats nats = TestNats.withUniqueStream("users-access");

	@LocalServerPort
	private int port;

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
	void everyOperationIsEnforcedAsItsDocumentSays() {
		assertThat(AccessMatrix.assertEnforcedAsDocumented(this.port, "users")).contains(
				"POST /api/users as operator -> 403", "POST /api/users/credentials/verify as admin -> 403",
				"PUT /api/users/{id}/password as operator -> 403", "GET /api/users as no role -> 403");
	}

	@Test
	void anAdministratorCannotReadPasswordsThroughTheVerifyEndpoint() {
		Http.Response refused = new Http(this.port).as("admin")
			.post("/api/users/credentials/verify", "{\"email\":\"a@orbit.space\",\"password\":\"whatever-long\"}");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().path("requiredRole").asString()).isEqualTo("authenticator");
	}

}

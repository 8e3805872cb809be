package space.orbit.worker.jobs;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import space.orbit.test.AccessMatrix;
import space.orbit.test.Http;
import space.orbit.worker.WorkerTestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of docs/api/worker.json refuses a request without a token (401) and one
 * with too small a role (403), and serves its own role (ADR 0017): with the OAuth 2
 * client on the classpath, the kit's resource server still guards the API (no login page,
 * no redirect).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkerAccessIT extends WorkerTestInfrastructure {

	@LocalServerPort
	int port;

	@Test
	void enforcesEachOperationsRoleAsDocumented() {
		List<String> calls = AccessMatrix.assertEnforcedAsDocumented(this.port, "worker");

		assertThat(calls).contains("POST /api/v1/jobs as viewer -> 403", "GET /api/v1/jobs/{id} as viewer -> 404",
				"DELETE /api/v1/jobs/{id} without a token -> 401");
	}

	@Test
	void aRequestWithoutATokenIsAProblemNotALoginPage() {
		Http.Response response = new Http(this.port).get("/api/v1/jobs/00000000-0000-4000-8000-000000000000");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().path("type").asString()).isEqualTo("urn:orbit:problem:unauthorized");
		assertThat(new Http(this.port).get("/login").status()).as("no login page").isEqualTo(401);
		assertThat(new Http(this.port).get("/oauth2/authorization/orbit").status()).as("no OAuth 2 login")
			.isEqualTo(401);
	}

}

package space.orbit.processor.registry;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import space.orbit.processor.ProcessorFixture;
import space.orbit.test.AccessMatrix;
import space.orbit.test.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of docs/api/processor.json refuses a request without a token (401) and
 * one with too small a role (403), and serves its own role (ADR 0017). A processor of its
 * own (its own schema): the matrix's writes must not meet the other tests' records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProcessorAccessIT {

	private static final ProcessorFixture fixture = ProcessorFixture.create("processor_access_it");

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		fixture.register(registry, Map.of());
	}

	@Test
	void enforcesEachOperationsRoleAsDocumented() {
		List<String> calls = AccessMatrix.assertEnforcedAsDocumented(this.port, "processor");

		assertThat(calls).contains("GET /api/v1/samples as viewer -> 200", "POST /api/v1/missions as operator -> 403",
				"GET /api/v1/registry/audit without a token -> 401");
	}

	@Test
	void aReadIsRefusedWithoutATokenAndAChangeToAnOperator() {
		Http.Response anonymous = new Http(this.port).get("/api/v1/spacecraft");
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.json().path("type").asString()).isEqualTo("urn:orbit:problem:unauthorized");
		Http.Response operator = new Http(this.port).as("operator").put("/api/v1/missions/ACCESS", "{\"name\":\"x\"}");
		assertThat(operator.status()).isEqualTo(403);
		assertThat(operator.json().path("requiredRole").asString()).isEqualTo("admin");
		assertThat(fixture.postgres.queryForLong("SELECT count(*) FROM mission WHERE id = 'ACCESS'")).isZero();
	}

}

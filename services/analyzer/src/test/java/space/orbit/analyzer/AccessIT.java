package space.orbit.analyzer;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import space.orbit.test.AccessMatrix;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of {@code docs/api/analyzer.json} is enforced as documented (ADR 0017):
 * 401 without a token, 403 with a role too small, neither with its own role.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "orbit.analyzer.rules.seed-defaults=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AccessIT extends AnalyzerTestInfrastructure {

	@LocalServerPort
	private int port;

	@Test
	void everyOperationIsEnforcedAsDocumented() {
		assertThat(AccessMatrix.assertEnforcedAsDocumented(this.port, "analyzer")).contains(
				"POST /api/v1/alerts/{id}/acknowledge as viewer -> 403", "PUT /api/v1/rules/{id} as operator -> 403",
				"GET /api/v1/rules as no role -> 403");
	}

}

package space.orbit.kit.security;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import space.orbit.test.AccessMatrix;
import space.orbit.test.Http;
import space.orbit.test.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A service with the kit's security on, over real HTTP with real RS256 tokens from the
 * test issuer's JWKS: who may do what, how a refusal is answered, and what the OpenAPI
 * document says of it (ADR 0017).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = ResourceServerTest.Service.class)
class ResourceServerTest {

	private static final TestIssuer ISSUER = TestIssuer.shared();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void security(DynamicPropertyRegistry registry) {
		ISSUER.properties().forEach((name, value) -> registry.add(name, () -> value));
	}

	private Http http() {
		return new Http(this.port);
	}

	@Test
	void healthMetricsAndTheApiDocumentNeedNoToken() {
		assertThat(http().get("/health").status()).isEqualTo(200);
		assertThat(http().get("/health/readiness").status()).isEqualTo(200);
		assertThat(http().get("/metrics").status()).isEqualTo(200);
		assertThat(http().get("/v3/api-docs").status()).isEqualTo(200);
	}

	@Test
	void withoutATokenEveryOperationIs401UnauthorizedSayingHowToGetOne() {
		for (String[] call : new String[][] { { "GET", "/api/things" }, { "POST", "/api/things" },
				{ "DELETE", "/api/things" }, { "GET", "/api/nothing-here" } }) {
			Http.Response response = http().send(call[0], call[1], null, Map.of());
			assertThat(response.status()).as("%s %s", call[0], call[1]).isEqualTo(401);
			assertThat(response.contentType()).startsWith("application/problem+json");
			JsonNode problem = response.json();
			assertThat(problem.path("type").asString()).isEqualTo("urn:orbit:problem:unauthorized");
			assertThat(problem.path("detail").asString()).contains("./orbit token");
			assertThat(problem.path("instance").asString()).isEqualTo(call[1]);
			assertThat(problem.path("requestId").asString()).isNotBlank();
		}
	}

	@Test
	void anExpiredAForeignOrAnotherIssuersTokenIs401() {
		for (String token : new String[] { ISSUER.token("ada@orbit.space", Duration.ofMinutes(-5), "admin"),
				ISSUER.foreignToken("ada@orbit.space", "admin"),
				ISSUER.tokenOfIssuer("http://127.0.0.1:1/elsewhere", "ada@orbit.space", "admin"), "not-a-jwt" }) {
			Http.Response response = http().withToken(token).get("/api/things");
			assertThat(response.status()).isEqualTo(401);
			assertThat(response.json().path("type").asString()).isEqualTo("urn:orbit:problem:unauthorized");
			assertThat(response.json().path("detail").asString()).startsWith("The bearer token was refused");
		}
	}

	@Test
	void eachRoleMayDoWhatItIncludesAndIsRefused403Otherwise() {
		Http viewer = http().as("viewer");
		Http operator = http().as("operator");
		Http admin = http().as("admin");
		assertThat(viewer.get("/api/things").body()).isEqualTo("read by test-viewer@orbit.space");
		assertThat(operator.get("/api/things").status()).isEqualTo(200);
		assertThat(admin.get("/api/things").status()).isEqualTo(200);

		Http.Response refused = viewer.post("/api/things", "{}");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().path("type").asString()).isEqualTo("urn:orbit:problem:forbidden");
		assertThat(refused.json().path("requiredRole").asString()).isEqualTo("operator");
		assertThat(refused.json().path("detail").asString()).contains("test-viewer@orbit.space", "[viewer]");
		assertThat(operator.post("/api/things", "{}").body()).isEqualTo("done by test-operator@orbit.space");
		assertThat(admin.post("/api/things", "{}").status()).isEqualTo(200);

		assertThat(operator.delete("/api/things").status()).isEqualTo(403);
		assertThat(admin.delete("/api/things").status()).isEqualTo(200);
	}

	@Test
	void everyAnswerCarriesTheSecurityHeadersAndNoCorsPermissionForAnotherOrigin() throws Exception {
		java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://127.0.0.1:" + this.port + "/api/things"))
				.header("Authorization", "Bearer " + ISSUER.token("ada@orbit.space", "viewer"))
				.header("Origin", "https://elsewhere.example")
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		// No CORS permission: a page of another origin cannot read the answer (its
		// browser
		// refuses it without Access-Control-Allow-Origin).
		assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		java.net.http.HttpResponse<String> same = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://127.0.0.1:" + this.port + "/api/things"))
				.header("Authorization", "Bearer " + ISSUER.token("ada@orbit.space", "viewer"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(same.statusCode()).isEqualTo(200);
		assertThat(same.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(same.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(same.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		assertThat(same.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void aUrlTheFirewallRefusesIs400MalformedRequestAsAProblem() {
		for (String path : new String[] { "/api/things/..", "/api/things/line%0D%0Abreak" }) {
			Http.Response refused = http().as("viewer").get(path);
			assertThat(refused.status()).as(path).isEqualTo(400);
			assertThat(refused.contentType()).as(path).startsWith("application/problem+json");
			assertThat(refused.json().path("type").asString()).isEqualTo("urn:orbit:problem:malformed-request");
			assertThat(refused.json().path("requestId").asString()).isNotBlank();
		}
	}

	@Test
	void aTooSmallRoleIs403WhateverItSentNever422() {
		Http.Response refused = http().as("viewer").post("/api/bodies", "{\"name\": \"\"}");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().path("requiredRole").asString()).isEqualTo("operator");
		assertThat(http().as("operator").post("/api/bodies", "{\"name\": \"\"}").status()).isEqualTo(422);
		assertThat(http().as("operator").post("/api/bodies", "{\"name\": \"Vostok\"}").body()).isEqualTo("Vostok");
	}

	@Test
	void aMachineRoleIsIncludedByNoPersonsRole() {
		assertThat(http().as("admin").post("/api/checks", "{}").status()).isEqualTo(403);
		assertThat(http().withToken(ISSUER.clientToken("orbit-auth", "authenticator")).post("/api/checks", "{}").body())
			.isEqualTo("checked by orbit-auth");
		assertThat(http().withToken(ISSUER.token("nobody@orbit.space")).get("/api/things").status())
			.as("a valid token with no role")
			.isEqualTo(403);
	}

	@Test
	void theApiDocumentSaysWhatEachOperationNeeds() {
		JsonNode document = http().get("/v3/api-docs").json();
		assertThat(document.at("/paths/~1api~1things/get/security/0/orbit/0").asString()).isEqualTo("viewer");
		assertThat(document.at("/paths/~1api~1things/post/security/0/orbit/0").asString()).isEqualTo("operator");
		assertThat(document.at("/paths/~1api~1things/delete/security/0/orbit/0").asString()).isEqualTo("admin");
		assertThat(document.at("/paths/~1api~1checks/post/security/0/orbit/0").asString()).isEqualTo("authenticator");
		assertThat(document.at("/paths/~1api~1things/post/responses/403/content/application~1problem+json").isObject())
			.isTrue();
		assertThat(document.at("/components/securitySchemes/orbit/type").asString()).isEqualTo("oauth2");
		assertThat(document.at("/components/securitySchemes/orbit/flows/clientCredentials/scopes").has("authenticator"))
			.isTrue();
	}

	@Test
	void theAccessMatrixGeneratedFromTheDocumentPassesAndCatchesADocumentThatLies() {
		JsonNode served = http().get("/v3/api-docs").json();
		java.util.function.Function<String, String> tokens = (role) -> (role != null)
				? ISSUER.token("matrix@orbit.space", role) : ISSUER.token("matrix@orbit.space");
		assertThat(AccessMatrix.assertEnforcedAsDocumented(this.port, served, tokens)).contains(
				"POST /api/things as viewer -> 403", "POST /api/things as operator -> 200",
				"POST /api/checks as admin -> 403", "GET /api/things as no role -> 403");

		tools.jackson.databind.node.ObjectNode lying = (tools.jackson.databind.node.ObjectNode) served.deepCopy();
		((tools.jackson.databind.node.ArrayNode) lying.at("/paths/~1api~1things/get/security/0/orbit")).set(0, "admin");
		assertThatThrownBy(() -> AccessMatrix.assertEnforcedAsDocumented(this.port, lying, tokens))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("GET /api/things with a token of role operator answered 200, not 403");
	}

	@SpringBootApplication
	static class Service {

		@RestController
		static class Things {

			@GetMapping("/api/things")
			@ViewerAccess
			String read() {
				return "read by " + Actor.current();
			}

			@PostMapping("/api/things")
			@OperatorAccess
			String act() {
				return "done by " + Actor.current();
			}

			@DeleteMapping("/api/things")
			@AdminAccess
			String change() {
				return "changed by " + Actor.current();
			}

			@PostMapping("/api/bodies")
			@OperatorAccess
			String body(@org.springframework.web.bind.annotation.RequestBody @jakarta.validation.Valid Named named) {
				return named.name();
			}

			record Named(@jakarta.validation.constraints.NotBlank String name) {
			}

			@PostMapping("/api/checks")
			@RoleAccess("authenticator")
			String check() {
				return "checked by " + Actor.current();
			}

		}

	}

}

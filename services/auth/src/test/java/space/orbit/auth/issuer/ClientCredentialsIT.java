package space.orbit.auth.issuer;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import space.orbit.auth.AuthTestInfrastructure;
import space.orbit.test.Http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Machine clients' tokens over real HTTP: an RS256 JWT that verifies against the
 * published JWKS, with Orbit's claims and 15 minutes of life; discovery names the issuer;
 * a client without a secret is left out, naming its variable; the signing key outlives a
 * restart.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ClientCredentialsIT extends AuthTestInfrastructure {

	@Test
	void anOperatorClientsTokenVerifiesAgainstTheJwksAndCarriesItsRoles() throws Exception {
		Instant asked = Instant.now();
		JsonNode answer = clientCredentials(port, "orbit-cli-operator");

		assertThat(answer.get("token_type").asString()).isEqualTo("Bearer");
		assertThat(answer.get("expires_in").asLong()).isBetween(899L, 900L);
		SignedJWT jwt = SignedJWT.parse(answer.get("access_token").asString());
		assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
		JWKSet jwks = JWKSet.parse(new Http(port).get("/oauth2/jwks").body());
		RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
		assertThat(key).as("the token's kid %s in the JWKS", jwt.getHeader().getKeyID()).isNotNull();
		assertThat(key.isPrivate()).as("the JWKS shows no private key").isFalse();
		assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
		JWTClaimsSet claims = jwt.getJWTClaimsSet();
		assertThat(claims.getIssuer()).isEqualTo(issuer);
		assertThat(claims.getSubject()).isEqualTo("orbit-cli-operator");
		assertThat(claims.getStringListClaim("roles")).containsExactly("operator");
		assertThat(claims.getStringClaim("client_id")).isEqualTo("orbit-cli-operator");
		assertThat(claims.getClaim("name")).isNull();
		assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
			.isEqualTo(Duration.ofMinutes(15));
		assertThat(claims.getExpirationTime().toInstant()).isCloseTo(asked.plus(Duration.ofMinutes(15)),
				within(Duration.ofSeconds(30)));
	}

	@Test
	void eachMachineClientGetsItsConfiguredRoles() throws Exception {
		Map<String, String> roles = Map.of("orbit-cli-viewer", "viewer", "orbit-cli-admin", "admin", "orbit-ingest",
				"key-reader", "orbit-simulator", "ground-station", "orbit-dashboard-planner", "operator");
		for (Map.Entry<String, String> client : roles.entrySet()) {
			SignedJWT jwt = SignedJWT.parse(clientCredentials(port, client.getKey()).get("access_token").asString());
			assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).as(client.getKey())
				.containsExactly(client.getValue());
		}
	}

	@Test
	void discoveryNamesTheIssuerAndItsEndpoints() {
		JsonNode discovery = new Http(port).get("/.well-known/openid-configuration").json();

		assertThat(discovery.get("issuer").asString()).isEqualTo(issuer);
		assertThat(discovery.get("jwks_uri").asString()).isEqualTo(issuer + "/oauth2/jwks");
		assertThat(discovery.get("token_endpoint").asString()).isEqualTo(issuer + "/oauth2/token");
	}

	@Test
	void aWrongSecretOrAClientWithoutASecretGetsNoToken(CapturedOutput output) {
		HttpResponse<String> wrong = tokenRequest(port, "orbit-cli-admin", "not-its-secret",
				"grant_type=client_credentials");
		HttpResponse<String> unregistered = tokenRequest(port, "orbit-worker", "any-secret-at-all",
				"grant_type=client_credentials");

		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(wrong.body()).contains("invalid_client");
		assertThat(unregistered.statusCode()).isEqualTo(401);
		assertThat(unregistered.body()).contains("invalid_client");
		// The warning, as a service starting now writes it.
		try (ConfigurableApplicationContext another = startAnother(Map.of())) {
			assertThat(output.getAll()).contains("OAuth client orbit-worker is not registered")
				.contains("ORBIT_AUTH_WORKER_SECRET");
		}
	}

	@Test
	void theKeyFileIsKeptAndASecondServiceOnItServesTheSameKey() throws Exception {
		String kid = JWKSet.parse(new Http(port).get("/oauth2/jwks").body()).getKeys().get(0).getKeyID();
		assertThat(Files.readString(keyFile)).startsWith("-----BEGIN PRIVATE KEY-----");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");

		try (ConfigurableApplicationContext second = startAnother(Map.of())) {
			int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
			JWKSet jwks = JWKSet.parse(new Http(secondPort).get("/oauth2/jwks").body());
			assertThat(jwks.getKeys()).singleElement().satisfies((key) -> assertThat(key.getKeyID()).isEqualTo(kid));
			SignedJWT fromSecond = SignedJWT
				.parse(clientCredentials(secondPort, "orbit-cli-viewer").get("access_token").asString());
			RSAKey firstKey = (RSAKey) JWKSet.parse(new Http(port).get("/oauth2/jwks").body()).getKeyByKeyId(kid);
			assertThat(fromSecond.verify(new RSASSAVerifier(firstKey))).isTrue();
		}
	}

}

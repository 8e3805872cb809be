package space.orbit.auth.apikeys;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import space.orbit.auth.AuthTestInfrastructure;
import space.orbit.test.ApiDocument;
import space.orbit.test.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API keys on the real PostgreSQL, with tokens of the running service itself: a key
 * is shown once and stored as its SHA-256; ingest's list of active keys holds that hash
 * until the key is revoked; admin manages, key-reader reads, nobody else does (401 and
 * 403 as problem details); the service serves its committed document.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class ApiKeysIT extends AuthTestInfrastructure {

	private static final String KEYS = "/api/v1/api-keys";

	private static final String KIRUNA = "{\"name\":\" Kiruna ground station \",\"spacecraft\":[\"ORB-1\",\"ORB-2\"]}";

	private Http as(String client) {
		return new Http(port).withHeader("Authorization", "Bearer " + accessToken(client));
	}

	@Test
	void aKeyIsShownOnceListedAsItsHashWhileActiveAndGoneWhenRevoked() throws Exception {
		Http admin = as("orbit-cli-admin");
		Http ingest = as("orbit-ingest");

		Http.Response created = admin.post(KEYS, KIRUNA);

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode issued = created.json();
		String id = issued.get("id").asString();
		String key = issued.get("key").asString();
		assertThat(key).matches("orbk_" + id.replace("-", "") + "_[A-Za-z0-9_-]{43}");
		assertThat(created.location()).endsWith(KEYS + "/" + id);
		assertThat(issued.get("name").asString()).isEqualTo("Kiruna ground station");
		assertThat(issued.get("spacecraft").valueStream().map(JsonNode::asString)).containsExactly("ORB-1", "ORB-2");
		assertThat(issued.get("createdBy").asString()).isEqualTo("orbit-cli-admin");
		Instant createdAt = Instant.parse(issued.get("createdAt").asString());
		String hash = sha256(key);
		assertThat(postgres.queryForLong("SELECT count(*) FROM api_key WHERE key_sha256 = '" + hash + "'"))
			.isEqualTo(1);

		Http.Response read = admin.get(KEYS + "/" + id);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body()).doesNotContain(key).doesNotContain(hash);
		assertThat(read.json().properties()).extracting(Map.Entry::getKey)
			.containsExactly("id", "name", "spacecraft", "createdAt", "createdBy");
		assertThat(Instant.parse(read.json().get("createdAt").asString())).isEqualTo(createdAt);
		assertThat(admin.get(KEYS + "?limit=200").body()).contains(id).doesNotContain(key).doesNotContain(hash);

		JsonNode active = activeKey(ingest, id);
		assertThat(active).isNotNull();
		assertThat(active.get("hash").asString()).isEqualTo(hash);
		assertThat(active.get("spacecraft").valueStream().map(JsonNode::asString)).containsExactly("ORB-1", "ORB-2");

		assertThat(admin.delete(KEYS + "/" + id).status()).isEqualTo(204);
		assertThat(activeKey(ingest, id)).isNull();
		JsonNode revoked = admin.get(KEYS + "/" + id).json();
		assertThat(revoked.get("revokedBy").asString()).isEqualTo("orbit-cli-admin");
		Instant revokedAt = Instant.parse(revoked.get("revokedAt").asString());
		assertThat(admin.delete(KEYS + "/" + id).status()).as("revoking twice").isEqualTo(204);
		assertThat(Instant.parse(admin.get(KEYS + "/" + id).json().get("revokedAt").asString())).isEqualTo(revokedAt);
	}

	@Test
	void theListIsPagedOldestFirst() {
		Http admin = as("orbit-cli-admin");
		List<String> issued = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			issued.add(admin.post(KEYS, "{\"name\":\"Station " + i + "\",\"spacecraft\":[\"ORB-1\"]}")
				.json()
				.get("id")
				.asString());
		}
		List<String> seen = new ArrayList<>();
		String after = null;
		int pages = 0;
		do {
			JsonNode page = admin.get(KEYS + "?limit=2" + ((after != null) ? "&after=" + after : "")).json();
			page.get("items").forEach((item) -> seen.add(item.get("id").asString()));
			after = page.has("next") ? page.get("next").asString() : null;
			pages++;
		}
		while (after != null && pages < 100);

		assertThat(seen).doesNotHaveDuplicates().containsSubsequence(issued);
		assertThat(admin.get(KEYS + "?limit=0").json().get("type").asString())
			.isEqualTo("urn:orbit:problem:invalid-parameter");
		assertThat(admin.get(KEYS + "?after=nonsense").status()).isEqualTo(400);
	}

	@Test
	void aBlankNameOrNoSpacecraftIsAnInvalidRequestAndStoresNothing() {
		Http admin = as("orbit-cli-admin");
		long before = postgres.queryForLong("SELECT count(*) FROM api_key");

		Http.Response blank = admin.post(KEYS, "{\"name\":\"  \",\"spacecraft\":[\"ORB-1\"]}");
		Http.Response none = admin.post(KEYS, "{\"name\":\"Kiruna\",\"spacecraft\":[]}");
		Http.Response missing = admin.post(KEYS, "{}");
		Http.Response blankSpacecraft = admin.post(KEYS, "{\"name\":\"Kiruna\",\"spacecraft\":[\"ORB-1\",\" \"]}");

		for (Http.Response response : List.of(blank, none, missing, blankSpacecraft)) {
			assertThat(response.status()).as(response.body()).isEqualTo(422);
			assertThat(response.contentType()).startsWith("application/problem+json");
			assertThat(response.json().get("type").asString()).isEqualTo("urn:orbit:problem:invalid-request");
		}
		assertThat(blank.json().get("errors").findValuesAsString("pointer")).containsExactly("/name");
		assertThat(none.json().get("errors").findValuesAsString("pointer")).containsExactly("/spacecraft");
		assertThat(missing.json().get("errors").findValuesAsString("pointer")).containsExactlyInAnyOrder("/name",
				"/spacecraft");
		assertThat(blankSpacecraft.json().get("errors").findValuesAsString("pointer")).containsExactly("/spacecraft/1");
		assertThat(admin.get(KEYS + "/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(admin.delete(KEYS + "/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(postgres.queryForLong("SELECT count(*) FROM api_key")).isEqualTo(before);
	}

	@Test
	void onlyAdminsManageKeysAndOnlyKeyReadersReadTheActiveOnes() throws Exception {
		Http anonymous = new Http(port);
		Http operator = as("orbit-cli-operator");
		Http admin = as("orbit-cli-admin");
		Http ingest = as("orbit-ingest");
		Http forged = new Http(port).withHeader("Authorization", "Bearer " + forgedAdminToken());

		assertProblem(anonymous.get(KEYS), 401, "unauthorized");
		assertProblem(anonymous.get(KEYS + "/active"), 401, "unauthorized");
		assertProblem(anonymous.post(KEYS, KIRUNA), 401, "unauthorized");
		assertProblem(forged.get(KEYS), 401, "unauthorized");
		assertProblem(operator.get(KEYS), 403, "forbidden");
		assertProblem(operator.post(KEYS, KIRUNA), 403, "forbidden");
		assertProblem(operator.delete(KEYS + "/" + UUID.randomUUID()), 403, "forbidden");
		assertProblem(admin.get(KEYS + "/active"), 403, "forbidden");
		assertProblem(ingest.get(KEYS), 403, "forbidden");
		assertProblem(ingest.post(KEYS, KIRUNA), 403, "forbidden");
		assertThat(anonymous.send("GET", KEYS, null, Map.of()).status()).isEqualTo(401);
		assertThat(admin.get(KEYS).status()).isEqualTo(200);
		assertThat(ingest.get(KEYS + "/active").status()).isEqualTo(200);
	}

	@Test
	void servesItsCommittedDocument() {
		ApiDocument.assertServedAsCommitted(port, "auth");
	}

	private static void assertProblem(Http.Response response, int status, String type) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		JsonNode problem = response.json();
		assertThat(problem.get("type").asString()).isEqualTo("urn:orbit:problem:" + type);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("instance").asString()).startsWith(KEYS);
	}

	private static JsonNode activeKey(Http ingest, String id) {
		Http.Response active = ingest.get(KEYS + "/active");
		assertThat(active.status()).as(active.body()).isEqualTo(200);
		for (JsonNode item : active.json().get("items")) {
			if (item.get("id").asString().equals(id)) {
				return item;
			}
		}
		return null;
	}

	/** A well-formed admin token of this issuer, signed by another key. */
	private static String forgedAdminToken() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		RSAPrivateKey key = (RSAPrivateKey) generator.generateKeyPair().getPrivate();
		Instant now = Instant.now();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256),
				new JWTClaimsSet.Builder().issuer(issuer)
					.subject("mallory")
					.claim("roles", List.of("admin"))
					.issueTime(Date.from(now))
					.expirationTime(Date.from(now.plusSeconds(600)))
					.build());
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

	private static String sha256(String key) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
	}

}

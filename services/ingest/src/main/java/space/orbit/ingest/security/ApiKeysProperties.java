package space.orbit.ingest.security;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where and how often ingest reads the active API keys ({@code orbit.ingest.api-keys.*}),
 * used while {@code orbit.security.enabled}.
 *
 * @param url the auth service ({@code ORBIT_AUTH_URL}); the keys are at
 * {@code /api/v1/api-keys/active}
 * @param refresh how often the table is read again: a revoked key is refused within about
 * this plus the time of one read
 * @param timeout how long one read (or the token request) may take
 * @param clientId the client ingest takes its token as (role {@code key-reader})
 * @param clientSecret its secret ({@code ORBIT_INGEST_CLIENT_SECRET})
 * @param tokenUri the auth service's token endpoint ({@code ORBIT_AUTH_TOKEN_URI})
 */
@Validated
@ConfigurationProperties("orbit.ingest.api-keys")
record ApiKeysProperties(@DefaultValue("http://127.0.0.1:9000") @NotNull URI url,
		@DefaultValue("1s") @NotNull Duration refresh, @DefaultValue("2s") @NotNull Duration timeout,
		@DefaultValue("orbit-ingest") @NotBlank String clientId, @DefaultValue("") String clientSecret,
		@DefaultValue("http://127.0.0.1:9000/oauth2/token") @NotNull URI tokenUri) {

	ApiKeysProperties {
		if (refresh != null && refresh.compareTo(Duration.ofMillis(100)) < 0) {
			throw new IllegalArgumentException("orbit.ingest.api-keys.refresh must be at least 100ms, was " + refresh);
		}
	}

	/** The active keys' address. */
	URI activeKeys() {
		return URI.create(this.url.toString().replaceAll("/+$", "") + "/api/v1/api-keys/active");
	}

}

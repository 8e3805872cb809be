package space.orbit.simulator;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import space.orbit.simulator.send.ClientCredentialsToken;
import space.orbit.simulator.send.IngestCredentials;

/**
 * What the simulator shows an ingest with security on (ADR 0017), beside
 * {@link SimulatorProperties} under {@code orbit.simulator.*}: an API key, else a
 * client's id and secret for a client-credentials token, else nothing. Secrets come only
 * from the environment ({@code ORBIT_INGEST_API_KEY},
 * {@code ORBIT_SIMULATOR_CLIENT_SECRET}).
 *
 * @param apiKey a ground station's API key, sent in {@code X-API-Key}
 * @param clientId the auth service's client the token is taken as
 * @param clientSecret its secret; empty: no token
 * @param tokenUri the auth service's token endpoint
 * @param tokenTimeout how long to wait for the token endpoint
 */
@Validated
@ConfigurationProperties("orbit.simulator")
public record IngestCredentialsProperties(String apiKey, @DefaultValue("orbit-simulator") @NotBlank String clientId,
		String clientSecret, @DefaultValue("http://127.0.0.1:9000/oauth2/token") @NotNull URI tokenUri,
		@DefaultValue("5s") @NotNull Duration tokenTimeout) {

	/** The API key if set, else a token if a secret is set, else none. */
	public IngestCredentials credentials(Clock clock) {
		if (this.apiKey != null && !this.apiKey.isBlank()) {
			return IngestCredentials.apiKey(this.apiKey.trim());
		}
		if (this.clientSecret != null && !this.clientSecret.isBlank()) {
			return new ClientCredentialsToken(this.clientId, this.clientSecret, this.tokenUri, this.tokenTimeout,
					clock);
		}
		return IngestCredentials.none();
	}

}

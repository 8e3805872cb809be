package space.orbit.auth;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the auth service ({@code orbit.auth.*}), checked at start-up.
 *
 * @param issuer the issuer every token names ({@code iss}) and discovery announces
 * @param keyFile the RSA signing key (PKCS#8 PEM); generated and written when missing
 * @param usersUrl the users service, which checks passwords
 * @param usersTimeout how long a password check may take before the login fails
 * @param accessTokenTimeToLive how long an access token is valid
 * @param schema the PostgreSQL schema the service owns (Flyway migrates it)
 * @param clients the OAuth clients, by client id
 */
@Validated
@ConfigurationProperties("orbit.auth")
public record AuthProperties(@DefaultValue("http://127.0.0.1:9000") @NotNull URI issuer,
		@DefaultValue(".orbit/secrets/auth-signing-key.pem") @NotNull Path keyFile,
		@DefaultValue("http://127.0.0.1:8000") @NotNull URI usersUrl,
		@DefaultValue("5s") @NotNull Duration usersTimeout,
		@DefaultValue("15m") @NotNull Duration accessTokenTimeToLive,
		@DefaultValue("auth") @Pattern(regexp = "[a-z_][a-z0-9_]{0,62}",
				message = "must be a lower-case PostgreSQL identifier") String schema,
		@DefaultValue @Valid Map<String, Client> clients) {

	/**
	 * One OAuth client.
	 *
	 * @param secret its secret, from the environment; a client without one is not
	 * registered
	 * @param grantTypes {@code authorization_code}, {@code refresh_token},
	 * {@code client_credentials}
	 * @param redirectUris where an authorization code may be sent
	 * @param scopes the scopes it may ask for
	 * @param roles the roles its own tokens carry (client credentials)
	 * @param requirePkce whether an authorization request must carry a PKCE challenge
	 */
	public record Client(@DefaultValue("") String secret, @NotEmpty List<String> grantTypes,
			@DefaultValue List<String> redirectUris, @DefaultValue List<String> scopes,
			@DefaultValue List<String> roles, @DefaultValue("false") boolean requirePkce) {
	}

}

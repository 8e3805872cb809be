package space.orbit.auth.issuer;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import space.orbit.auth.AuthProperties;

/**
 * The OAuth clients of {@code orbit.auth.clients}, held in memory: configuration is their
 * only source. A client without a secret is left out, with a warning naming the variable
 * that gives it one.
 */
class ConfiguredClients implements RegisteredClientRepository {

	/** The client setting holding the roles of a client's own tokens. */
	static final String ROLES = "orbit.roles";

	private static final Logger log = LoggerFactory.getLogger(ConfiguredClients.class);

	private static final Set<String> GRANT_TYPES = Set.of("authorization_code", "refresh_token", "client_credentials");

	private final Map<String, RegisteredClient> byClientId = new LinkedHashMap<>();

	ConfiguredClients(Map<String, AuthProperties.Client> clients, Duration accessTokenTimeToLive,
			PasswordEncoder secrets) {
		clients.forEach((id, client) -> {
			if (client.secret() == null || client.secret().isBlank()) {
				log.warn("OAuth client {} is not registered: it has no secret; set {} (orbit.auth.clients.{}.secret)",
						id, secretVariable(id), id);
				return;
			}
			this.byClientId.put(id, registered(id, client, accessTokenTimeToLive, secrets));
		});
		if (this.byClientId.isEmpty()) {
			log.warn("No OAuth client is registered: set the secrets of orbit.auth.clients");
		}
		else {
			log.info("OAuth clients: {}", String.join(", ", this.byClientId.keySet()));
		}
	}

	/**
	 * The environment variable that gives a client its secret in application.yml:
	 * {@code orbit-cli-admin} → {@code ORBIT_AUTH_CLI_ADMIN_SECRET}.
	 */
	static String secretVariable(String clientId) {
		String name = clientId.startsWith("orbit-") ? clientId.substring("orbit-".length()) : clientId;
		return "ORBIT_AUTH_" + name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_SECRET";
	}

	private static RegisteredClient registered(String id, AuthProperties.Client client, Duration ttl,
			PasswordEncoder secrets) {
		RegisteredClient.Builder builder = RegisteredClient.withId(id)
			.clientId(id)
			.clientSecret(secrets.encode(client.secret()))
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST);
		for (String grantType : client.grantTypes()) {
			if (!GRANT_TYPES.contains(grantType)) {
				throw new IllegalStateException(
						"orbit.auth.clients." + id + ".grant-types: '" + grantType + "' is not one of " + GRANT_TYPES);
			}
			builder.authorizationGrantType(new AuthorizationGrantType(grantType));
		}
		if (client.grantTypes().contains("authorization_code") && client.redirectUris().isEmpty()) {
			throw new IllegalStateException("orbit.auth.clients." + id
					+ ".redirect-uris: a client of the authorization code grant needs at least one");
		}
		client.redirectUris().forEach(builder::redirectUri);
		client.scopes().forEach(builder::scope);
		return builder
			.clientSettings(ClientSettings.builder()
				.requireProofKey(client.requirePkce())
				.requireAuthorizationConsent(false)
				.setting(ROLES, List.copyOf(client.roles()))
				.build())
			.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(ttl).build())
			.build();
	}

	@Override
	public void save(RegisteredClient registeredClient) {
		throw new UnsupportedOperationException(
				"Clients are configuration (orbit.auth.clients), not registered at run time");
	}

	@Override
	public RegisteredClient findById(String id) {
		return this.byClientId.values().stream().filter((c) -> c.getId().equals(id)).findFirst().orElse(null);
	}

	@Override
	public RegisteredClient findByClientId(String clientId) {
		return this.byClientId.get(clientId);
	}

}

package space.orbit.kit.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service checks who calls it (ADR 0017), under {@code orbit.security}.
 *
 * @param enabled whether every request but health, metrics and the API document needs a
 * token; each service's application.yml turns it on
 * ({@code ${ORBIT_SECURITY_ENABLED:true}})
 * @param issuer the {@code iss} every token must carry ({@code ORBIT_AUTH_ISSUER})
 * @param jwksUri where the issuer publishes its keys ({@code ORBIT_AUTH_JWKS_URI})
 * @param clockSkew how far a token's times may be off this machine's clock
 * @param corsAllowedOrigins origins whose browser pages may call this service; none by
 * default
 */
@ConfigurationProperties("orbit.security")
public record SecurityProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("http://127.0.0.1:9000") String issuer,
		@DefaultValue("http://127.0.0.1:9000/oauth2/jwks") String jwksUri, @DefaultValue("30s") Duration clockSkew,
		@DefaultValue List<String> corsAllowedOrigins) {

}

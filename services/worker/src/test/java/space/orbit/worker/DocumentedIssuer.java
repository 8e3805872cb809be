package space.orbit.worker;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import space.orbit.kit.security.AccessDocumentation;

/**
 * The OpenAPI document names the auth service at its default address, as it is committed,
 * not the test issuer's (whose port changes with every run): the tokens are still checked
 * against the test issuer.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DocumentedIssuer {

	/** The issuer the committed document names ({@code ORBIT_AUTH_ISSUER}'s default). */
	public static final String ISSUER = "http://127.0.0.1:9000";

	@Bean
	AccessDocumentation documentedAccess() {
		return new AccessDocumentation(ISSUER);
	}

}

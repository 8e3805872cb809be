package space.orbit.analyzer;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import space.orbit.kit.security.AccessDocumentation;

/**
 * The OpenAPI document names the issuer's default address, not the test issuer's random
 * port, so that the committed document is the same on every run (tokens are still checked
 * against the test issuer). Imported by the test that compares the served document.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DocumentedIssuer {

	/** The issuer the document names: application.yml's default. */
	public static final String ISSUER = "http://127.0.0.1:9000";

	@Bean
	AccessDocumentation documentedIssuer() {
		return new AccessDocumentation(ISSUER);
	}

}

package space.orbit.ingest;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import space.orbit.kit.security.AccessDocumentation;

/**
 * Documents the default issuer ({@code http://127.0.0.1:9000}, as application.yml) in the
 * OpenAPI document a test compares with {@code docs/api/ingest.json}: the kit writes the
 * issuer that checks tokens into the document's OAuth URLs, and in a test that is the
 * TestIssuer on a random port, which no committed document can match. Tokens are still
 * checked against the TestIssuer; only the document's URLs are fixed.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DocumentedIssuer {

	@Bean
	AccessDocumentation orbitAccessDocumentation() {
		return new AccessDocumentation("http://127.0.0.1:9000");
	}

}

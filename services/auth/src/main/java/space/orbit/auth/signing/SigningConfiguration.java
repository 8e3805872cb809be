package space.orbit.auth.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import space.orbit.auth.AuthProperties;

/**
 * The signing key and what is built on it: the JWK set ({@code /oauth2/jwks}), the
 * encoder of every token, and the decoder of the service's own tokens (from the public
 * key, no HTTP call to itself).
 */
@Configuration(proxyBeanMethods = false)
class SigningConfiguration {

	@Bean
	RSAKey signingKey(AuthProperties properties) {
		return SigningKeyFile.readOrCreate(properties.keyFile());
	}

	@Bean
	JWKSource<SecurityContext> jwkSource(RSAKey signingKey) {
		return new ImmutableJWKSet<>(new JWKSet(signingKey));
	}

	@Bean
	JwtEncoder jwtEncoder(JWKSource<SecurityContext> jwkSource) {
		return new NimbusJwtEncoder(jwkSource);
	}

	/** Accepts RS256 tokens signed by this key, of this issuer, not expired. */
	@Bean
	JwtDecoder jwtDecoder(RSAKey signingKey, AuthProperties properties) throws JOSEException {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(signingKey.toRSAPublicKey())
			.signatureAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.issuer().toString()));
		return decoder;
	}

}

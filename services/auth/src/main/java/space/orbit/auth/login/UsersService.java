package space.orbit.auth.login;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import space.orbit.auth.AuthProperties;

/**
 * The users service's password check, {@code POST /api/users/credentials/verify}, called
 * with a one-minute token signed by this service for itself ({@code sub} orbit-auth, role
 * {@code authenticator}).
 */
@Component
class UsersService {

	static final String VERIFY = "/api/users/credentials/verify";

	private static final Logger log = LoggerFactory.getLogger(UsersService.class);

	private final RestClient client;

	private final JwtEncoder encoder;

	private final AuthProperties properties;

	UsersService(JwtEncoder encoder, AuthProperties properties) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(properties.usersTimeout()).build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
		requests.setReadTimeout(properties.usersTimeout());
		this.client = RestClient.builder().requestFactory(requests).build();
		this.encoder = encoder;
		this.properties = properties;
	}

	/**
	 * The person with this e-mail address and password, or null when the users service
	 * says they do not match.
	 * @throws AuthenticationServiceException when the users service cannot answer
	 */
	VerifiedUser verify(String email, String password) {
		URI uri = URI.create(this.properties.usersUrl().toString().replaceAll("/+$", "") + VERIFY);
		try {
			Verification answer = this.client.post()
				.uri(uri)
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.headers((headers) -> headers.setBearerAuth(selfToken()))
				.body(new Credentials(email, password))
				.retrieve()
				.body(Verification.class);
			if (answer == null || !answer.verified()) {
				return null;
			}
			if (answer.user() == null || answer.user().email() == null || answer.user().access() == null) {
				throw new AuthenticationServiceException("The users service at " + this.properties.usersUrl()
						+ " confirmed the password but not who it is.");
			}
			return answer.user();
		}
		catch (ResourceAccessException ex) {
			log.warn("The users service at {} is unreachable: {}", this.properties.usersUrl(), ex.getMessage());
			throw new AuthenticationServiceException(
					"The users service at " + this.properties.usersUrl() + " is unreachable.", ex);
		}
		catch (RestClientResponseException ex) {
			log.warn("The users service at {} refused the password check: HTTP {}", this.properties.usersUrl(),
					ex.getStatusCode().value());
			throw new AuthenticationServiceException("The users service at " + this.properties.usersUrl()
					+ " could not check the password (HTTP " + ex.getStatusCode().value() + ").", ex);
		}
		catch (RestClientException ex) {
			log.warn("The users service at {} answered the password check unreadably: {}", this.properties.usersUrl(),
					ex.getMessage());
			throw new AuthenticationServiceException(
					"The users service at " + this.properties.usersUrl() + " gave an answer that cannot be read.", ex);
		}
	}

	private String selfToken() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(this.properties.issuer().toString())
			.subject("orbit-auth")
			.claim("client_id", "orbit-auth")
			.claim("roles", List.of("authenticator"))
			.issuedAt(now)
			.expiresAt(now.plusSeconds(60))
			.build();
		return this.encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
			.getTokenValue();
	}

	/** The request body. */
	record Credentials(String email, String password) {
	}

	/** The answer: {@code verified}, and who it is when verified. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Verification(boolean verified, VerifiedUser user) {
	}

}

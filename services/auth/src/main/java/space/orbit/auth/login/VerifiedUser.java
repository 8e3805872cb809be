package space.orbit.auth.login;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * A person whose password the users service confirmed, as it describes them.
 *
 * @param id the account's id
 * @param email the e-mail address (the tokens' {@code sub})
 * @param name the person's name (the tokens' {@code name})
 * @param role crew or operator, the account's kind
 * @param access the Orbit role the person acts with: viewer, operator or admin
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VerifiedUser(UUID id, String email, String name, String role,
		String access) implements AuthenticatedPrincipal {

	@Override
	public String getName() {
		return this.email;
	}

}

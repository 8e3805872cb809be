package space.orbit.users.account;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to a credential check: the account when verified, nothing else.
 *
 * @param verified whether the address has an account whose password this is
 * @param user the account, when verified
 */
@Schema(description = "Whether an e-mail address and a password belong together")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CredentialCheck(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "Whether the address has an account whose password this is") boolean verified,
		@Schema(description = "The account; present only when verified") UserView user) {

	static CredentialCheck of(Optional<UserView> user) {
		return new CredentialCheck(user.isPresent(), user.orElse(null));
	}

}

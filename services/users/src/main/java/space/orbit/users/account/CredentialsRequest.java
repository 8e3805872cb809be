package space.orbit.users.account;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An e-mail address and a password to check.
 *
 * @param email the address, in any case
 * @param password the password
 */
@Schema(description = "An e-mail address and a password to check")
public record CredentialsRequest(
		@Schema(description = "The account's e-mail address, in any case",
				example = "valentina.tereshkova@orbit.space") @NotNull @Size(max = 254) String email,
		@Schema(description = "The password to check", format = "password",
				writeOnly = true) @NotNull @Size(max = 1024) String password) {

	/** Hides the password from logs and error messages. */
	@Override
	public String toString() {
		return "CredentialsRequest[email=" + this.email + "]";
	}

}

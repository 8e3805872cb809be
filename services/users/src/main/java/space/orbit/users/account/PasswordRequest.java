package space.orbit.users.account;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/**
 * A new password.
 *
 * @param password 12 to 128 characters
 */
@Schema(description = "A new password")
public record PasswordRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
		description = "The password to log in with (reasons password_too_short, password_too_long)",
		format = "password", minLength = Passwords.MIN_LENGTH, maxLength = Passwords.MAX_LENGTH,
		writeOnly = true) @NotNull String password) {

	/** Hides the password from logs and error messages. */
	@Override
	public String toString() {
		return "PasswordRequest[]";
	}

}

package space.orbit.users.account;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A registration.
 *
 * @param email the person's e-mail address (unique, case-insensitive)
 * @param name the person's name
 * @param role {@code CREW} or {@code OPERATOR}
 * @param access what the account may do; {@code viewer} when absent
 * @param password the password to log in with, 12 to 128 characters; none when absent
 * (the account cannot log in until one is set)
 */
@Schema(description = "A registration")
public record CreateUserRequest(
		@Schema(description = "The person's e-mail address; unique whatever its case",
				example = "valentina.tereshkova@orbit.space") @NotBlank @Email @Size(min = 1, max = 254) String email,
		@Schema(description = "The person's name (trimmed)", example = "Valentina Tereshkova") @NotBlank @Size(min = 1,
				max = 200) String name,
		@Schema(description = "What the account is for") @NotNull UserRole role,
		@Schema(description = "What the account may do; viewer when absent", defaultValue = "viewer") Access access,
		@Schema(description = "The password to log in with (reasons password_too_short, password_too_long); "
				+ "without one the account cannot log in until one is set. Never shown again.", format = "password",
				minLength = Passwords.MIN_LENGTH, maxLength = Passwords.MAX_LENGTH, writeOnly = true) String password) {

	/** The access asked for, {@code viewer} when none was. */
	Access accessOrDefault() {
		return (this.access != null) ? this.access : Access.VIEWER;
	}

	/** Hides the password from logs and error messages. */
	@Override
	public String toString() {
		return "CreateUserRequest[email=" + this.email + ", name=" + this.name + ", role=" + this.role + ", access="
				+ this.access + ", password=" + ((this.password != null) ? "(given)" : "(none)") + "]";
	}

}

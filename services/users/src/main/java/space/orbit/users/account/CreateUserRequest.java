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
 */
@Schema(description = "A registration")
public record CreateUserRequest(
		@Schema(description = "The person's e-mail address; unique whatever its case",
				example = "valentina.tereshkova@orbit.space") @NotBlank @Email @Size(min = 1, max = 254) String email,
		@Schema(description = "The person's name (trimmed)", example = "Valentina Tereshkova") @NotBlank @Size(min = 1,
				max = 200) String name,
		@Schema(description = "What the account is for") @NotNull UserRole role) {
}

package space.orbit.users.account;

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
public record CreateUserRequest(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 200) String name,
		@NotNull UserRole role) {
}

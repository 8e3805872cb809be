package space.orbit.users.account;

import java.time.Instant;
import java.util.UUID;

/**
 * An account as the API shows it (and as {@code user.created} carries it).
 *
 * @param id the account's id
 * @param email its e-mail address, lower-cased
 * @param name the person's name
 * @param role crew or operator
 * @param createdAt when it was registered
 */
public record UserView(UUID id, String email, String name, UserRole role, Instant createdAt) {
}

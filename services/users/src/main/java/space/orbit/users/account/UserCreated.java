package space.orbit.users.account;

import java.time.Instant;
import java.util.UUID;

/**
 * The event {@code user.created}: an account was registered. Its JetStream message id is
 * {@code user.created:<userId>}.
 *
 * @param userId the new account's id
 * @param email its e-mail address
 * @param name the person's name
 * @param role crew or operator
 * @param createdAt when it was registered
 */
public record UserCreated(UUID userId, String email, String name, UserRole role, Instant createdAt) {

	static final String TYPE = "user.created";

	String messageId() {
		return TYPE + ":" + this.userId;
	}

}

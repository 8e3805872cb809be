package space.orbit.users.account;

import java.util.UUID;

/** No account has this id. */
class UserNotFoundException extends RuntimeException {

	UserNotFoundException(UUID id) {
		super("No user with id " + id + ".");
	}

}

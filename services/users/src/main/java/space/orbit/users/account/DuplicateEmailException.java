package space.orbit.users.account;

import space.orbit.kit.web.ConflictException;

/**
 * An account with this e-mail address exists already: 409 {@code conflict}, reason
 * {@code duplicate_email}; nothing was stored.
 */
class DuplicateEmailException extends ConflictException {

	static final String REASON = "duplicate_email";

	DuplicateEmailException(String email) {
		super(REASON, "An account with e-mail address " + email + " exists already.");
	}

}

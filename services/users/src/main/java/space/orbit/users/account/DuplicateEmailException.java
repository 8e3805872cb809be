package space.orbit.users.account;

/** An account with this e-mail address exists already; nothing was stored. */
class DuplicateEmailException extends RuntimeException {

	DuplicateEmailException(String email) {
		super("An account with e-mail address " + email + " exists already.");
	}

}

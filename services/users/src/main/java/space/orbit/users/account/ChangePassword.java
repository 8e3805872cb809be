package space.orbit.users.account;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import space.orbit.kit.web.NotFoundException;

/** Sets or changes an account's password; nothing is published. */
@Service
class ChangePassword {

	private final UserRepository users;

	private final Passwords passwords;

	private final TransactionTemplate transaction;

	ChangePassword(UserRepository users, Passwords passwords, PlatformTransactionManager transactions) {
		this.users = users;
		this.passwords = passwords;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Stores the password's hash; a 422 at {@code /password} when its length is out of
	 * range, a 404 when there is no such account.
	 */
	void change(UUID id, String password) {
		String hash = this.passwords.hash(password);
		this.transaction.executeWithoutResult((status) -> this.users.findById(id)
			.orElseThrow(() -> new NotFoundException("There is no user " + id + "."))
			.changePassword(hash));
	}

}

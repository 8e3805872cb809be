package space.orbit.users.account;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import space.orbit.users.UsersProperties;

/**
 * At start-up, ensures the first administrator ({@code orbit.users.bootstrap-admin.*}):
 * registers it like any account (one {@code user.created}) when its address has none,
 * otherwise gives the account access admin and the file's password when it lacks them.
 * Idempotent; refuses to start on a missing file or a password out of range.
 */
@Component
class EnsureBootstrapAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(EnsureBootstrapAdmin.class);

	private static final String FILE_SETTING = "orbit.users.bootstrap-admin.password-file"
			+ " (ORBIT_BOOTSTRAP_ADMIN_PASSWORD_FILE)";

	private final UsersProperties.BootstrapAdmin settings;

	private final RegisterUser registerUser;

	private final UserRepository users;

	private final Passwords passwords;

	private final TransactionTemplate transaction;

	EnsureBootstrapAdmin(UsersProperties properties, RegisterUser registerUser, UserRepository users,
			Passwords passwords, PlatformTransactionManager transactions) {
		this.settings = properties.bootstrapAdmin();
		this.registerUser = registerUser;
		this.users = users;
		this.passwords = passwords;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.settings.requested()) {
			return;
		}
		String email = this.settings.email().trim().toLowerCase(Locale.ROOT);
		String password = readPassword();
		if (this.users.findByEmail(email).isEmpty()) {
			try {
				UserView admin = this.registerUser.register(
						new CreateUserRequest(email, this.settings.name(), UserRole.OPERATOR, Access.ADMIN, password));
				log.info("Bootstrap administrator {} created (user {})", email, admin.id());
				return;
			}
			catch (DuplicateEmailException ex) {
				log.info("Bootstrap administrator {} was created meanwhile by another instance", email);
			}
		}
		update(email, password);
	}

	private void update(String email, String password) {
		List<String> changed = this.transaction.execute((status) -> {
			User user = this.users.findByEmail(email).orElseThrow();
			List<String> changes = new ArrayList<>();
			if (user.access() != Access.ADMIN) {
				changes.add("access " + user.access() + " -> admin");
				user.grant(Access.ADMIN);
			}
			if (!this.passwords.matches(password, user.passwordHash())) {
				changes.add("password set from " + this.settings.passwordFile());
				user.changePassword(this.passwords.hash(password));
			}
			return changes;
		});
		if (changed.isEmpty()) {
			log.info("Bootstrap administrator {} exists already, with access admin and the file's password", email);
		}
		else {
			log.info("Bootstrap administrator {} updated: {}", email, String.join(", ", changed));
		}
	}

	/**
	 * The first line of the password file, stripped; start-up fails when it is unusable.
	 */
	private String readPassword() {
		String file = this.settings.passwordFile();
		if (file == null || file.isBlank()) {
			throw new IllegalStateException(FILE_SETTING + " must name a readable file when "
					+ "orbit.users.bootstrap-admin.email is set: its first line is the administrator's password");
		}
		List<String> lines;
		try {
			lines = Files.readAllLines(Path.of(file));
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException(
					FILE_SETTING + " " + file + " cannot be read (" + ex.getClass().getSimpleName() + ")", ex);
		}
		String password = lines.isEmpty() ? "" : lines.get(0).strip();
		if (Passwords.refusal(password) != null) {
			throw new IllegalStateException(FILE_SETTING + " " + file + ": its first line, the bootstrap "
					+ "administrator's password, must be " + Passwords.MIN_LENGTH + " to " + Passwords.MAX_LENGTH
					+ " characters long");
		}
		return password;
	}

}

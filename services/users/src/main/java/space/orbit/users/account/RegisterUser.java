package space.orbit.users.account;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import space.orbit.kit.faults.HaltPoints;
import space.orbit.users.outbox.Outbox;
import space.orbit.users.outbox.OutboxMessage;

/**
 * Registers an account: the row and its {@code user.created} event in one transaction
 * (observed as the {@code insert app_user} span), then the event published. The event
 * carries neither the access nor anything of the password: its shape is what the other
 * services consume.
 */
@Service
class RegisterUser {

	private static final String UNIQUE_VIOLATION = "23505";

	/**
	 * The halt point after a user's transaction committed, before its event is published
	 * (crash tests: {@code orbit.faults.halt-at}).
	 */
	static final String AFTER_COMMIT = "users.after-commit";

	private final EntityManager entityManager;

	private final UserRepository users;

	private final Outbox outbox;

	private final TransactionTemplate transaction;

	private final ObservationRegistry observations;

	private final JsonMapper json;

	private final UserMetrics metrics;

	private final HaltPoints halts;

	private final Passwords passwords;

	private final Clock clock;

	RegisterUser(EntityManager entityManager, UserRepository users, Outbox outbox,
			PlatformTransactionManager transactions, ObservationRegistry observations, JsonMapper json,
			UserMetrics metrics, HaltPoints halts, Passwords passwords, Clock clock) {
		this.entityManager = entityManager;
		this.users = users;
		this.outbox = outbox;
		this.transaction = new TransactionTemplate(transactions);
		this.observations = observations;
		this.json = json;
		this.metrics = metrics;
		this.halts = halts;
		this.passwords = passwords;
		this.clock = clock;
	}

	/**
	 * Registers the account; a 422 at {@code /password} when the password's length is out
	 * of range, a 409 when the address is taken.
	 */
	UserView register(CreateUserRequest request) {
		String email = request.email().trim().toLowerCase(Locale.ROOT);
		String hash = (request.password() != null) ? this.passwords.hash(request.password()) : null;
		// PostgreSQL keeps microseconds: the answer, the event and a later read agree.
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		User user = new User(UUID.randomUUID(), email, request.name().trim(), request.role(), request.accessOrDefault(),
				hash, now);
		OutboxMessage event = Observation.createNotStarted("orbit.users.insert", this.observations)
			.contextualName("insert app_user")
			.lowCardinalityKeyValue("db.system", "postgresql")
			.lowCardinalityKeyValue("db.operation", "INSERT")
			.observe(() -> this.transaction.execute(status -> store(user)));
		this.halts.reached(AFTER_COMMIT, user.view().id());
		this.outbox.publish(event);
		this.metrics.created();
		return user.view();
	}

	private OutboxMessage store(User user) {
		UserView view = user.view();
		if (this.users.existsByEmail(view.email())) {
			throw new DuplicateEmailException(view.email());
		}
		try {
			this.entityManager.persist(user);
			this.entityManager.flush();
		}
		catch (PersistenceException ex) {
			if (isUniqueViolation(ex)) {
				throw new DuplicateEmailException(view.email());
			}
			throw ex;
		}
		UserCreated created = new UserCreated(view.id(), view.email(), view.name(), view.role(), view.createdAt());
		return this.outbox.append(UserCreated.TYPE, created.messageId(), this.json.writeValueAsString(created));
	}

	private static boolean isUniqueViolation(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

}

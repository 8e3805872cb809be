package space.orbit.processor.telemetry;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import space.orbit.telemetry.InvalidTelemetryException;
import space.orbit.telemetry.MalformedTelemetryException;

/** Sorts failures: retry until it passes, give up at once, or retry a few times. */
final class FailureClassifier {

	enum Kind {

		/** A dependency is down or busy: retry until it is back, the message held. */
		TRANSIENT,
		/** The message itself is bad: dead-letter it now. */
		POISON,
		/** Anything else: retry a few times, then dead-letter. */
		UNKNOWN

	}

	private FailureClassifier() {
	}

	static Kind classify(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof MalformedTelemetryException || t instanceof InvalidTelemetryException) {
				return Kind.POISON;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null) {
				Kind kind = bySqlState(sql.getSQLState());
				if (kind != null) {
					return kind;
				}
			}
			if (t instanceof TransientDataAccessException || t instanceof DataAccessResourceFailureException
					|| t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
					|| t instanceof SQLTransientException || t instanceof SQLRecoverableException
					|| t instanceof ConnectException) {
				return Kind.TRANSIENT;
			}
			if (t instanceof DataIntegrityViolationException) {
				return Kind.POISON;
			}
		}
		return Kind.UNKNOWN;
	}

	/**
	 * PostgreSQL SQLSTATE classes: connection, resources, shutdown, serialization are
	 * transient.
	 */
	private static Kind bySqlState(String state) {
		if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P") || state.equals("40001")
				|| state.equals("40P01") || state.equals("55P03")) {
			return Kind.TRANSIENT;
		}
		if (state.startsWith("22") || state.startsWith("23")) {
			return Kind.POISON;
		}
		return null;
	}

}

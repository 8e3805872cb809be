package space.orbit.processor.telemetry;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import space.orbit.processor.telemetry.FailureClassifier.Kind;
import space.orbit.telemetry.MalformedTelemetryException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures hold a batch and retry until they pass (a dependency is down), which
 * dead-letter it at once (the batch is bad), and which are retried a few times.
 */
class FailureClassifierTest {

	@ParameterizedTest(name = "SQLSTATE {0} is {1}")
	@CsvSource({ "08006, TRANSIENT", "08001, TRANSIENT", "53300, TRANSIENT", "57P01, TRANSIENT", "40001, TRANSIENT",
			"40P01, TRANSIENT", "55P03, TRANSIENT", "22001, POISON", "22P02, POISON", "23505, POISON", "42P01, UNKNOWN",
			"XX000, UNKNOWN" })
	void sortsPostgresqlErrorsByTheirSqlState(String state, Kind kind) {
		assertThat(FailureClassifier.classify(new RuntimeException("wrapped", new SQLException("boom", state))))
			.isEqualTo(kind);
	}

	@Test
	void anUnreachableDatabaseIsTransientHoweverSpringWrapsIt() {
		assertThat(FailureClassifier.classify(new CannotCreateTransactionException("no connection",
				new SQLTransientConnectionException("pool timed out"))))
			.isEqualTo(Kind.TRANSIENT);
		assertThat(FailureClassifier.classify(new CannotGetJdbcConnectionException("no connection")))
			.isEqualTo(Kind.TRANSIENT);
		assertThat(FailureClassifier.classify(new IllegalStateException(new ConnectException("refused"))))
			.isEqualTo(Kind.TRANSIENT);
	}

	@Test
	void aStateItDoesNotKnowDefersToTheCauseBelow() {
		SQLException unknownOnTop = new SQLException("batch failed", "XX000", new SQLException("io", "08006"));

		assertThat(FailureClassifier.classify(unknownOnTop)).isEqualTo(Kind.TRANSIENT);
	}

	@Test
	void badDataIsPoison() {
		assertThat(FailureClassifier.classify(new MalformedTelemetryException("truncated", null)))
			.isEqualTo(Kind.POISON);
		assertThat(FailureClassifier.classify(new DataIntegrityViolationException("null value")))
			.isEqualTo(Kind.POISON);
	}

	@Test
	void anythingElseIsUnknown() {
		assertThat(FailureClassifier.classify(new IllegalStateException("a bug"))).isEqualTo(Kind.UNKNOWN);
		assertThat(FailureClassifier.classify(new SQLException("no state"))).isEqualTo(Kind.UNKNOWN);
	}

}

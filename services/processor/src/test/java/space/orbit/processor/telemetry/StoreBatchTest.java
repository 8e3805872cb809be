package space.orbit.processor.telemetry;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A store whose connection broke mid-transaction fails for what broke it (PostgreSQL
 * unreachable: retried until it is back), not for the rollback that could not run on the
 * broken connection (which would be an unknown failure, dead-lettered after a few tries).
 */
class StoreBatchTest {

	@Test
	void aFailedRollbackDoesNotHideWhyTheStoreFailed() {
		TransactionTemplate transaction = new TransactionTemplate(new RollbackFails());
		DataAccessResourceFailureException broken = new DataAccessResourceFailureException(
				"An I/O error occurred while sending to the backend.", new SQLException("I/O error", "08006"));

		assertThatThrownBy(() -> StoreBatch.inTransaction(transaction, () -> {
			throw broken;
		})).isSameAs(broken).satisfies((ex) -> {
			assertThat(ex.getSuppressed()).singleElement().isInstanceOf(JpaSystemException.class);
			assertThat(FailureClassifier.classify(ex)).isEqualTo(FailureClassifier.Kind.TRANSIENT);
		});
	}

	@Test
	void aFailureOfTheCommitItselfIsThrownAsItIs() {
		JpaSystemException commitFailed = new JpaSystemException(new RuntimeException("commit failed"));
		TransactionTemplate transaction = new TransactionTemplate(new RollbackFails() {
			@Override
			public void commit(TransactionStatus status) {
				throw commitFailed;
			}
		});

		assertThatThrownBy(() -> StoreBatch.inTransaction(transaction, () -> "stored")).isSameAs(commitFailed);
	}

	@Test
	void returnsWhatTheWorkReturns() {
		assertThat(StoreBatch.inTransaction(new TransactionTemplate(new RollbackFails()), () -> "stored"))
			.isEqualTo("stored");
	}

	/** A transaction manager whose rollback fails, as on a connection that broke. */
	private static class RollbackFails implements PlatformTransactionManager {

		@Override
		public TransactionStatus getTransaction(TransactionDefinition definition) {
			return new SimpleTransactionStatus();
		}

		@Override
		public void commit(TransactionStatus status) {
		}

		@Override
		public void rollback(TransactionStatus status) {
			throw new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection"));
		}

	}

}

package space.orbit.processor.telemetry;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import space.orbit.processor.TestProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Retries of a batch's store: a dependency that is down is waited out however long it
 * takes, an unknown failure is tried {@code max-attempts} times, a poison one once; each
 * retry is counted by kind.
 */
class RetrierTest {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final Retrier retrier = new Retrier(
			TestProperties
				.with(Map.of("retry.initial-interval", "1ms", "retry.max-interval", "4ms", "retry.max-attempts", "3")),
			new TelemetryMetrics(this.meters));

	@Test
	void retriesATransientFailureUntilItPassesFarBeyondMaxAttempts() throws Exception {
		AtomicInteger calls = new AtomicInteger();

		String result = this.retrier.run("store", () -> {
			if (calls.incrementAndGet() <= 10) {
				throw new CannotGetJdbcConnectionException("PostgreSQL is down");
			}
			return "stored";
		});

		assertThat(result).isEqualTo("stored");
		assertThat(calls).hasValue(11);
		assertThat(retries("transient")).isEqualTo(10);
	}

	@Test
	void givesUpOnAnUnknownFailureAfterMaxAttempts() {
		AtomicInteger calls = new AtomicInteger();

		assertThatThrownBy(() -> this.retrier.run("store", () -> {
			calls.incrementAndGet();
			throw new IllegalStateException("a bug");
		})).isInstanceOfSatisfying(Retrier.GiveUpException.class,
				(ex) -> assertThat(ex.kind()).isEqualTo(FailureClassifier.Kind.UNKNOWN));
		assertThat(calls).hasValue(3);
		assertThat(retries("unknown")).isEqualTo(2);
	}

	@Test
	void givesUpOnAPoisonFailureAtOnce() {
		AtomicInteger calls = new AtomicInteger();

		assertThatThrownBy(() -> this.retrier.run("store", () -> {
			calls.incrementAndGet();
			throw new DataIntegrityViolationException("bad", new SQLException("value too long", "22001"));
		})).isInstanceOfSatisfying(Retrier.GiveUpException.class,
				(ex) -> assertThat(ex.kind()).isEqualTo(FailureClassifier.Kind.POISON));
		assertThat(calls).hasValue(1);
		assertThat(this.meters.find("orbit.store.retries").counters()).isEmpty();
	}

	@Test
	void stopsWaitingOutATransientFailureWhenTheServiceStops() {
		Retrier slow = new Retrier(TestProperties.with(Map.of("retry.initial-interval", "10s")),
				new TelemetryMetrics(this.meters));
		AtomicInteger calls = new AtomicInteger();
		CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
			try {
				slow.run("store", () -> {
					calls.incrementAndGet();
					throw new CannotGetJdbcConnectionException("down");
				});
				return null;
			}
			catch (Exception ex) {
				return ex;
			}
		});
		await().atMost(Duration.ofSeconds(5)).until(() -> calls.get() == 1);

		slow.onClose(null);

		assertThat(outcome).succeedsWithin(Duration.ofSeconds(2)).isInstanceOf(InterruptedException.class);
	}

	private double retries(String kind) {
		return this.meters.counter("orbit.store.retries", "kind", kind).count();
	}

}

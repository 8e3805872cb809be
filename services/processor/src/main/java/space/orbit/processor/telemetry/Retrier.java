package space.orbit.processor.telemetry;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;
import space.orbit.processor.ProcessorProperties;

/**
 * Runs the work of one message with retries and exponential back-off: transient failures
 * until they pass (or the service stops), unknown ones {@code maxAttempts} times, poison
 * never.
 */
@Component
class Retrier {

	private static final Logger log = LoggerFactory.getLogger(Retrier.class);

	private final ProcessorProperties.Retry settings;

	private final TelemetryMetrics metrics;

	private volatile boolean stopping;

	Retrier(ProcessorProperties properties, TelemetryMetrics metrics) {
		this.settings = properties.retry();
		this.metrics = metrics;
	}

	<T> T run(String what, Supplier<T> work) throws GiveUpException, InterruptedException {
		ExponentialBackOff backOff = new ExponentialBackOff(this.settings.initialInterval().toMillis(),
				this.settings.multiplier());
		backOff.setMaxInterval(this.settings.maxInterval().toMillis());
		BackOffExecution execution = backOff.start();
		int attempt = 0;
		while (true) {
			try {
				return work.get();
			}
			catch (RuntimeException ex) {
				attempt++;
				FailureClassifier.Kind kind = FailureClassifier.classify(ex);
				if (kind == FailureClassifier.Kind.POISON
						|| (kind == FailureClassifier.Kind.UNKNOWN && attempt >= this.settings.maxAttempts())) {
					throw new GiveUpException(kind, attempt, ex);
				}
				long delay = execution.nextBackOff();
				this.metrics.retried(kind);
				log.warn("{} failed ({} failure, attempt {}), retrying in {} ms: {}", what, kind, attempt, delay,
						ex.getMessage());
				sleep(delay);
			}
		}
	}

	private void sleep(long millis) throws InterruptedException {
		long until = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < until) {
			if (this.stopping) {
				throw new InterruptedException("service stopping");
			}
			Thread.sleep(Math.min(100, Math.max(1, until - System.currentTimeMillis())));
		}
	}

	@EventListener
	void onClose(ContextClosedEvent event) {
		this.stopping = true;
	}

	/** Retrying stopped: the message goes to the dead-letter queue. */
	static final class GiveUpException extends Exception {

		private final FailureClassifier.Kind kind;

		GiveUpException(FailureClassifier.Kind kind, int attempts, Throwable cause) {
			super(kind + " failure after " + attempts + " attempt(s): " + cause.getMessage(), cause);
			this.kind = kind;
		}

		FailureClassifier.Kind kind() {
			return this.kind;
		}

	}

}

package space.orbit.users.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.micrometer.tracing.Span;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import space.orbit.kit.observability.TraceContexts;
import space.orbit.users.UsersProperties;

/**
 * Publishes the events whose lease expired: their request died between commit and
 * publish, or NATS was down. Each continues the trace of the request that wrote it.
 */
@Component
class OutboxSweeper {

	private static final Logger log = LoggerFactory.getLogger(OutboxSweeper.class);

	private final OutboxRepository repository;

	private final Outbox outbox;

	private final TraceContexts traceContexts;

	private final UsersProperties.Outbox settings;

	private final Clock clock;

	OutboxSweeper(OutboxRepository repository, Outbox outbox, TraceContexts traceContexts, UsersProperties properties,
			Clock clock) {
		this.repository = repository;
		this.outbox = outbox;
		this.traceContexts = traceContexts;
		this.settings = properties.outbox();
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${orbit.users.outbox.sweep-interval:2s}",
			initialDelayString = "${orbit.users.outbox.sweep-interval:2s}")
	void sweep() {
		Instant now = this.clock.instant();
		List<OutboxMessage> rows;
		try {
			rows = this.repository.takeOver(now, now.plus(this.settings.lease()), this.settings.sweepBatch());
		}
		catch (RuntimeException ex) {
			log.warn("Outbox sweep skipped: {}", ex.getMessage());
			return;
		}
		for (OutboxMessage row : rows) {
			Span span = this.traceContexts.startChild("outbox recover", row.traceparent());
			try {
				this.traceContexts.inSpan(span, () -> this.outbox.send(row));
				log.info("Recovered outbox event {} ({}) after {} attempts", row.messageId(), row.type(),
						row.attempts());
			}
			catch (RuntimeException ex) {
				log.warn("Outbox event {} still not published (attempt {}), retried after its lease: {}",
						row.messageId(), row.attempts(), ex.getMessage());
			}
		}
	}

}

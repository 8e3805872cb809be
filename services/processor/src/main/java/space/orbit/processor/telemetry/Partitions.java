package space.orbit.processor.telemetry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import space.orbit.telemetry.Frame;
import space.orbit.telemetry.TelemetryBatch;

/**
 * Daily partitions of {@code telemetry_frame}, created before the first frame of a day is
 * written (and a day ahead), each in its own short transaction under an advisory lock so
 * processors racing for the same day do not collide.
 */
@Component
class Partitions {

	private static final Logger log = LoggerFactory.getLogger(Partitions.class);

	private static final DateTimeFormatter SUFFIX = DateTimeFormatter.BASIC_ISO_DATE;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Set<LocalDate> known = ConcurrentHashMap.newKeySet();

	Partitions(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	void ensureFor(TelemetryBatch batch) {
		Set<LocalDate> days = new TreeSet<>();
		for (Frame frame : batch.frames()) {
			days.add(LocalDate.ofInstant(frame.timestamp(), ZoneOffset.UTC));
		}
		days.forEach(this::ensure);
	}

	@Scheduled(initialDelay = 0, fixedDelay = 3_600_000)
	void createAhead() {
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		ensure(today);
		ensure(today.plusDays(1));
	}

	void ensure(LocalDate day) {
		if (this.known.contains(day)) {
			return;
		}
		String table = "telemetry_frame_p" + SUFFIX.format(day);
		this.transaction.executeWithoutResult(status -> {
			this.jdbc.execute("SELECT pg_advisory_xact_lock(hashtext('orbit.telemetry_frame.partitions'))");
			this.jdbc.execute("CREATE TABLE IF NOT EXISTS " + table + " PARTITION OF telemetry_frame FOR VALUES FROM ('"
					+ day + " 00:00:00+00') TO ('" + day.plusDays(1) + " 00:00:00+00')");
		});
		this.known.add(day);
		log.debug("Partition {} ready", table);
	}

}

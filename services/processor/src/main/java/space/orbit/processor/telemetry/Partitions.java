package space.orbit.processor.telemetry;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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
import space.orbit.processor.ProcessorProperties;
import space.orbit.telemetry.Frame;
import space.orbit.telemetry.TelemetryBatch;

/**
 * Daily partitions of {@code telemetry_frame} ({@code telemetry_frame_pYYYYMMDD}):
 * created before the first frame of a day is written (and a day ahead), dropped once all
 * of their day is older than {@code orbit.processor.retention.period}. Each creation and
 * each drop is its own short transaction under one advisory lock, so processors racing
 * for the same day do not collide and a partition is dropped (and counted) once.
 */
@Component
class Partitions {

	private static final Logger log = LoggerFactory.getLogger(Partitions.class);

	private static final String PREFIX = "telemetry_frame_p";

	private static final DateTimeFormatter SUFFIX = DateTimeFormatter.BASIC_ISO_DATE;

	private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtext('orbit.telemetry_frame.partitions'))";

	private static final String LIST = """
			SELECT c.relname FROM pg_inherits i
			JOIN pg_class c ON c.oid = i.inhrelid
			JOIN pg_class p ON p.oid = i.inhparent
			JOIN pg_namespace n ON n.oid = p.relnamespace
			WHERE p.relname = 'telemetry_frame' AND n.nspname = current_schema()
			ORDER BY c.relname""";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Duration retention;

	private final TelemetryMetrics metrics;

	private final Set<LocalDate> known = ConcurrentHashMap.newKeySet();

	Partitions(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, ProcessorProperties properties,
			TelemetryMetrics metrics) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.retention = properties.retention().period();
		this.metrics = metrics;
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
		String table = PREFIX + SUFFIX.format(day);
		this.transaction.executeWithoutResult(status -> {
			this.jdbc.execute(LOCK);
			this.jdbc.execute("CREATE TABLE IF NOT EXISTS " + table + " PARTITION OF telemetry_frame FOR VALUES FROM ('"
					+ day + " 00:00:00+00') TO ('" + day.plusDays(1) + " 00:00:00+00')");
		});
		// A day close to expiry may be dropped by another processor: not remembered.
		if (day.isAfter(oldestKept().plusDays(1))) {
			this.known.add(day);
		}
		log.debug("Partition {} ready", table);
	}

	/**
	 * Drops every partition whose whole day is older than the retention period; returns
	 * how many this call dropped.
	 */
	@Scheduled(fixedDelayString = "${orbit.processor.retention.check-interval:1h}",
			initialDelayString = "${orbit.processor.retention.check-interval:1h}")
	int dropExpired() {
		LocalDate oldestKept = oldestKept();
		int dropped = 0;
		String table;
		while ((table = this.transaction.execute((status) -> dropOneBefore(oldestKept))) != null) {
			dropped++;
			this.known.remove(day(table));
			this.metrics.partitionDropped();
			log.info("Dropped partition {}: its frames are older than the retention period ({}, "
					+ "orbit.processor.retention.period)", table, this.retention);
		}
		return dropped;
	}

	/** Under the lock: drops the oldest partition of a day before {@code oldestKept}. */
	private String dropOneBefore(LocalDate oldestKept) {
		this.jdbc.execute("SET LOCAL lock_timeout = '30s'");
		this.jdbc.execute(LOCK);
		for (String table : this.jdbc.queryForList(LIST, String.class)) {
			LocalDate day = day(table);
			if (day != null && day.isBefore(oldestKept)) {
				this.jdbc.execute("DROP TABLE " + table);
				return table;
			}
		}
		return null;
	}

	/** The first day with frames younger than the retention period. */
	private LocalDate oldestKept() {
		return LocalDate.ofInstant(this.clock.instant().minus(this.retention), ZoneOffset.UTC);
	}

	private static LocalDate day(String table) {
		if (!table.startsWith(PREFIX)) {
			return null;
		}
		try {
			return LocalDate.parse(table.substring(PREFIX.length()), SUFFIX);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}

package space.orbit.processor.telemetry;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import space.orbit.processor.ProcessorTestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention on the real PostgreSQL (the default 30 days): partitions whose whole day is
 * older are dropped, each counted once even when two processors drop at the same time;
 * younger, current and future partitions keep every row.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RetentionIT extends ProcessorTestInfrastructure {

	private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	@Autowired
	private Partitions partitions;

	@Autowired
	private MeterRegistry meters;

	@Test
	void dropsThePartitionsOlderThanTheRetentionPeriodAndNothingElse() {
		List<LocalDate> expired = List.of(TODAY.minusDays(45), TODAY.minusDays(32), TODAY.minusDays(31));
		List<LocalDate> kept = List.of(TODAY.minusDays(30), TODAY.minusDays(29), TODAY, TODAY.plusDays(1));
		UUID batch = UUID.randomUUID();
		expired.forEach((day) -> withTwoRows(day, batch));
		kept.forEach((day) -> withTwoRows(day, batch));
		double dropped = dropped();

		int count = this.partitions.dropExpired();

		assertThat(count).isEqualTo(3);
		assertThat(dropped()).isEqualTo(dropped + 3);
		expired.forEach((day) -> assertThat(exists(day)).as("partition of %s", day).isFalse());
		kept.forEach((day) -> assertThat(exists(day)).as("partition of %s", day).isTrue());
		assertThat(postgres.queryForLong("SELECT count(*) FROM telemetry_frame WHERE batch_id = '" + batch + "'"))
			.isEqualTo(2L * kept.size());
		assertThat(this.partitions.dropExpired()).isZero();
		assertThat(dropped()).isEqualTo(dropped + 3);
	}

	@Test
	void twoProcessorsDroppingAtOnceDropAndCountEachPartitionOnce() throws Exception {
		List<LocalDate> expired = new ArrayList<>();
		for (int days = 60; days < 68; days++) {
			expired.add(TODAY.minusDays(days));
		}
		expired.forEach((day) -> withTwoRows(day, UUID.randomUUID()));
		double dropped = dropped();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService processors = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> first = processors.submit(() -> dropOnceStarted(start));
			Future<Integer> second = processors.submit(() -> dropOnceStarted(start));
			start.countDown();

			assertThat(first.get() + second.get()).isEqualTo(expired.size());
		}
		finally {
			processors.shutdownNow();
		}
		assertThat(dropped()).isEqualTo(dropped + expired.size());
		expired.forEach((day) -> assertThat(exists(day)).as("partition of %s", day).isFalse());
	}

	private int dropOnceStarted(CountDownLatch start) {
		try {
			start.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return this.partitions.dropExpired();
	}

	private void withTwoRows(LocalDate day, UUID batch) {
		this.partitions.ensure(day);
		for (int sequence = 1; sequence <= 2; sequence++) {
			postgres.queryForLong("WITH i AS (INSERT INTO telemetry_frame (spacecraft_id, ts, sequence, batch_id, "
					+ "received_at, sample_count, samples) VALUES ('RET-1', '" + day + "T12:00:00Z', " + sequence
					+ ", '" + batch + "', now(), 1, '{\"V\":1}') RETURNING 1) SELECT count(*) FROM i");
		}
	}

	private static boolean exists(LocalDate day) {
		return postgres.queryForLong("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
				+ "WHERE n.nspname = current_schema() AND c.relname = 'telemetry_frame_p"
				+ DateTimeFormatter.BASIC_ISO_DATE.format(day) + "'") == 1;
	}

	private double dropped() {
		return this.meters.counter("orbit.partitions.dropped").count();
	}

}

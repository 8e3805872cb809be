package space.orbit.bench;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19's definition of keeping up (accepted = stored = published = checked =
 * archived), and what the bench says limited a step.
 */
class StageVerdictTest {

	private static final long ACCEPTED = 3_000_000;

	private static StepResult step(long stored, long checked, long archived, double acceptedPerSecond,
			Map<String, ProcessStats.Usage> processes) {
		return new StepResult(100_000, ACCEPTED, ACCEPTED, stored, stored, acceptedPerSecond, acceptedPerSecond, 1.0,
				0.05, 0.09, 0.12, 0.1, 0.2, 10, processes,
				new StepResult.Archive(archived, 1_000, archived / 30.0, 33, 2.0, 0.4, 0.9),
				new StepResult.Checked(checked, 1.5, 0.06, 0.11), new StepResult.Stage(0.07, 0.13));
	}

	private static ProcessStats.Usage cores(double cores) {
		return new ProcessStats.Usage(cores, cores * 30, 300);
	}

	@Test
	void everyStageHandlingEverySampleIsZeroLoss() {
		StepResult step = step(ACCEPTED, ACCEPTED, ACCEPTED, 100_000, Map.of("processor", cores(0.4)));

		assertThat(step.zeroLoss()).isTrue();
		assertThat(step.shortfalls()).isEmpty();
	}

	@Test
	void anArchiveBehindIsALossEvenWhenPostgresAndKafkaKeptUp() {
		StepResult step = step(ACCEPTED, ACCEPTED, 16_800, 100_000,
				Map.of("mongodb", cores(0.95), "processor", cores(0.4), "enricher", cores(0.2)));

		assertThat(step.zeroLoss()).isFalse();
		assertThat(step.shortfalls()).containsExactly("archived 16,800 of 3,000,000");
		assertThat(step.limit(2)).isEqualTo(
				"fell behind: archived 16,800 of 3,000,000; 1.55 of 2 cores busy (mongodb 0.95, processor 0.40, enricher 0.20)");
	}

	@Test
	void theStagesBehindAreNamedInPipelineOrder() {
		StepResult step = step(ACCEPTED - 5, ACCEPTED - 7, ACCEPTED, 100_000, Map.of());

		assertThat(step.shortfalls()).containsExactly("stored 2,999,995 of 3,000,000",
				"published 2,999,995 of 3,000,000", "checked 2,999,993 of 3,000,000");
	}

	@Test
	void aStageThatWasNotMeasuredIsLeftOut() {
		StepResult step = new StepResult(25_000, 750_000, 750_000, 750_000, 750_000, 25_000, 25_000, 1.0, 0.05, 0.09,
				0.12, 0.1, 0.2, 10, Map.of(), null, null, null);

		assertThat(step.zeroLoss()).isTrue();
	}

	@Test
	void busyCoresWithEveryStageKeepingUpIsCpuBound() {
		StepResult step = step(ACCEPTED, ACCEPTED, ACCEPTED, 100_000,
				Map.of("processor", cores(0.9), "postgres", cores(0.6), StepResult.LOAD_GENERATOR, cores(0.4)));

		assertThat(step.limit(2))
			.isEqualTo("CPU: 1.90 of 2 cores busy (processor 0.90, postgres 0.60, simulator (load) 0.40)");
	}

	@Test
	void aStageThatCaughtUpOnlyLongAfterSendingStoppedLagged() {
		StepResult step = new StepResult(250_000, 5_000_100, 5_000_100, 5_000_100, 5_000_100, 247_106, 219_976, 2.5,
				3.5, 4.1, 4.3, 3.9, 4.3, 4, Map.of("mongo", cores(0.45), "enricher", cores(0.2)),
				new StepResult.Archive(5_000_100, 12_000, 122_518, 582, 20.6, 20.9, 28.5),
				new StepResult.Checked(5_000_100, 3.0, 3.7, 5.6), new StepResult.Stage(3.6, 4.3));

		assertThat(step.zeroLoss()).isTrue();
		assertThat(step.lagged()).containsExactly("archived 20.6 s after");
		assertThat(step.limit(2))
			.isEqualTo("lagged: archived 20.6 s after; 0.65 of 2 cores busy (mongo 0.45, enricher 0.20)");
	}

	@Test
	void aRateNotReachedWithCoresToSpareBlamesTheLoadOrIngest() {
		StepResult step = step(ACCEPTED, ACCEPTED, ACCEPTED, 80_000, Map.of("ingest", cores(0.5)));

		assertThat(step.limit(2)).startsWith("accepted 80,000/s of 100,000 offered with CPU to spare");
		assertThat(step(ACCEPTED, ACCEPTED, ACCEPTED, 99_000, Map.of("ingest", cores(0.5))).limit(2))
			.isEqualTo("kept up; 0.50 of 2 cores busy (ingest 0.50)");
	}

	@Test
	void theReportHasEveryStagesCountLatencyAndLimit() {
		StepResult kept = step(ACCEPTED, ACCEPTED, ACCEPTED, 100_000, Map.of("processor", cores(0.4)));
		StepResult behind = step(ACCEPTED, ACCEPTED, 16_800, 100_000, Map.of("mongodb", cores(0.95)));
		Report report = new Report(Instant.parse("2026-12-07T13:00:00Z"), 2, Map.of(), List.of(kept, behind), Map.of(),
				Map.of(), null);

		String markdown = report.markdown();

		assertThat(markdown)
			.contains("| offered samples/s | accepted | stored | published | checked | archived "
					+ "| stored | published | checked | alerted | archived | what limited it |")
			.contains("| 100,000 | 3,000,000 | 3,000,000 | 3,000,000 | 3,000,000 | 3,000,000 | 50 / 120 | 70 / 130 "
					+ "| 60 / 110 | 100 / 200 | 400 / 900 | kept up; 0.40 of 2 cores busy (processor 0.40) |")
			.contains("| 100,000 | 3,000,000 | 3,000,000 | 3,000,000 | 3,000,000 | 16,800 |")
			.contains("**no** (archived 16,800 of 3,000,000)");
	}

	@Test
	void storesReadByTheBenchThatAgreeWithIngestAreZeroLoss() {
		StepResult step = step(ACCEPTED, ACCEPTED, ACCEPTED, 100_000, Map.of())
			.withReads(new StepResult.Reads(ACCEPTED / 42, ACCEPTED, 500, ACCEPTED / 42, ACCEPTED, 0, 0));

		assertThat(step.zeroLoss()).isTrue();
		assertThat(step.reads().shortfalls(ACCEPTED)).isEmpty();
	}

	@Test
	void aStoreReadThatDisagreesIsALossEvenWhenEveryCounterAgrees() {
		StepResult step = step(ACCEPTED, ACCEPTED, ACCEPTED, 100_000, Map.of())
			.withReads(new StepResult.Reads(ACCEPTED / 42, ACCEPTED - 42, 501, ACCEPTED / 42 + 1, ACCEPTED + 42, 1, 2));

		assertThat(step.zeroLoss()).isFalse();
		assertThat(step.shortfalls()).containsExactly("PostgreSQL holds 2,999,958 of 3,000,000 (read)",
				"Kafka holds 3,000,042 samples in 71,429 frames of 3,000,000 in 71,428 (read)",
				"1 records on Kafka twice (read)", "2 records on Kafka not v2 (read)");
	}

	@Test
	void aThreadAtAFullCoreIsNamedWhateverTheOtherCoresDo() {
		StepResult step = step(ACCEPTED, ACCEPTED, ACCEPTED, 100_000,
				Map.of("processor", new ProcessStats.Usage(1.1, 33, 300, "processor-1", 0.97), "analyzer",
						new ProcessStats.Usage(0.5, 15, 300, "orbit-analyzer-", 0.45)));

		assertThat(step.saturatedThreads()).containsExactly("processor/processor-1 0.97");
		assertThat(step.busiestThreads(5)).containsExactly("processor/processor-1 0.97",
				"analyzer/orbit-analyzer- 0.45");
		assertThat(step.limit(2)).isEqualTo("kept up; 1.60 of 2 cores busy (processor 1.10, analyzer 0.50); "
				+ "a thread at a full core: processor/processor-1 0.97");
	}

}

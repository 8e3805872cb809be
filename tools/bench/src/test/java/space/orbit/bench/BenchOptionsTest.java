package space.orbit.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The bench's command line: the rate steps by default, the archive-only run when asked.
 */
class BenchOptionsTest {

	@Test
	void theRateStepsRunUnlessTheArchiveOnlyRunIsAsked() {
		assertThat(BenchOptions.parse(new String[] { "--rates", "25k,100k" }).archiveOnlySamples()).isZero();
		assertThat(BenchOptions.parse(new String[] { "--archive-only" }).archiveOnlySamples()).isEqualTo(100_000_000);
		assertThat(BenchOptions.parse(new String[] { "--archive-only", "--samples", "10M" }).archiveOnlySamples())
			.isEqualTo(10_000_000);
	}

	@Test
	void countsTakeTheirUnit() {
		assertThat(BenchOptions.count("100M")).isEqualTo(100_000_000);
		assertThat(BenchOptions.count("250k")).isEqualTo(250_000);
		assertThat(BenchOptions.count("1234")).isEqualTo(1_234);
		assertThatIllegalArgumentException().isThrownBy(() -> BenchOptions.count("0"));
		assertThatIllegalArgumentException().isThrownBy(() -> BenchOptions.count("lots"));
	}

}

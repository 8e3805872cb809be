package space.orbit.bench;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DashboardOptionsTest {

	@Test
	void readsRatesAndDurations() {
		assertThat(DashboardOptions.rate("100k")).isEqualTo(100_000);
		assertThat(DashboardOptions.rate("25000")).isEqualTo(25_000);
		assertThat(DashboardOptions.duration("--page", "5m")).isEqualTo(Duration.ofMinutes(5));
		assertThat(DashboardOptions.duration("--page", "30s")).isEqualTo(Duration.ofSeconds(30));
		assertThat(DashboardOptions.duration("--page", "90")).isEqualTo(Duration.ofSeconds(90));
		assertThatThrownBy(() -> DashboardOptions.duration("--page-warmup", "a minute"))
			.hasMessageContaining("--page-warmup takes a duration");
	}

	@Test
	void theStalledClientAsksForEveryParameterTheSimulatorSendsAndThePageChartsEightOfThem() {
		var all = DashboardOptions.simulatorParameters(Path.of("../orbit/demo/parameters.jsonl"));

		assertThat(all).hasSize(42).contains("EPS.BATTERY.VOLTAGE", "AOCS.MODE").doesNotContain("EPS.BATTERY.POWER");
		assertThat(DashboardOptions.PAGE_PARAMETERS).hasSize(8).allMatch(all::contains);
	}

}

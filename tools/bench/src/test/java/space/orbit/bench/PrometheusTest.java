package space.orbit.bench;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PrometheusTest {

	private static final String BEFORE = """
			# HELP orbit_samples_accepted_total Samples accepted
			# TYPE orbit_samples_accepted_total counter
			orbit_samples_accepted_total{service="ingest"} 1000.0
			orbit_samples_rejected_total{reason="non_finite",service="ingest"} 3.0
			orbit_samples_rejected_total{reason="wrong_type",service="ingest"} 4.0
			orbit_pipeline_latency_seconds_bucket{service="processor",stage="stored",le="0.1"} 10.0
			orbit_pipeline_latency_seconds_bucket{service="processor",stage="stored",le="0.2"} 10.0
			orbit_pipeline_latency_seconds_bucket{service="processor",stage="stored",le="+Inf"} 10.0
			""";

	private static final String AFTER = """
			orbit_samples_accepted_total{service="ingest"} 5000.0
			orbit_pipeline_latency_seconds_bucket{service="processor",stage="stored",le="0.1"} 60.0
			orbit_pipeline_latency_seconds_bucket{service="processor",stage="stored",le="0.2"} 110.0
			orbit_pipeline_latency_seconds_bucket{service="processor",stage="stored",le="+Inf"} 110.0
			orbit_pipeline_latency_seconds_bucket{service="processor",stage="published",le="+Inf"} 999.0
			""";

	@Test
	void sumsSeriesMatchingALabelFilter() {
		Prometheus scrape = Prometheus.parse(BEFORE);

		assertThat(scrape.sum("orbit_samples_rejected_total")).isEqualTo(7.0);
		assertThat(scrape.sum("orbit_samples_rejected_total", Map.of("reason", "wrong_type"))).isEqualTo(4.0);
		assertThat(scrape.sum("orbit_samples_accepted_total")).isEqualTo(1000.0);
	}

	@Test
	void computesQuantilesOfTheObservationsBetweenTwoScrapes() {
		Map<String, String> stored = Map.of("stage", "stored");
		TreeMap<Double, Double> before = Prometheus.parse(BEFORE).buckets("orbit_pipeline_latency_seconds", stored);
		TreeMap<Double, Double> after = Prometheus.parse(AFTER).buckets("orbit_pipeline_latency_seconds", stored);

		// 100 new observations: 50 in (0, 0.1], 50 in (0.1, 0.2].
		assertThat(Prometheus.quantile(before, after, 0.25)).isCloseTo(0.05, within(1e-9));
		assertThat(Prometheus.quantile(before, after, 0.50)).isCloseTo(0.10, within(1e-9));
		assertThat(Prometheus.quantile(before, after, 0.99)).isCloseTo(0.198, within(1e-9));
	}

	@Test
	void positiveSumLeavesOutPoolsWithoutAMaximum() {
		Prometheus scrape = Prometheus.parse("""
				jvm_memory_max_bytes{area="heap",id="G1 Eden Space"} -1.0
				jvm_memory_max_bytes{area="heap",id="G1 Old Gen"} 5.36870912E8
				jvm_memory_max_bytes{area="heap",id="G1 Survivor Space"} -1.0
				jvm_memory_max_bytes{area="nonheap",id="Metaspace"} 1000.0
				""");

		assertThat(scrape.positiveSum("jvm_memory_max_bytes", Map.of("area", "heap"))).isEqualTo(536870912.0);
	}

}

package space.orbit.dashboard.pipeline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrometheusTextTest {

	private final PrometheusText metrics = new PrometheusText("""
			# HELP orbit_samples_rejected_total Samples rejected by ingest, by reason
			# TYPE orbit_samples_rejected_total counter
			orbit_samples_rejected_total{application="ingest",reason="future"} 2.0
			orbit_samples_rejected_total{application="ingest",reason="malformed"} 3.0
			orbit_samples_rejected_total_other 100.0
			orbit_samples_accepted_total 1250.0 1764928800000
			kafka_consumer_fetch_manager_records_lag_max{client_id="enricher-0",topic="t"} 12.0
			kafka_consumer_fetch_manager_records_lag_max{client_id="enricher-1",topic="t"} NaN
			kafka_consumer_fetch_manager_records_lag_max{client_id="enricher-2",uri="a } b"} 40.0
			""");

	@Test
	void sumsACountersSeriesOverTheirLabelsAndNoOtherName() {
		assertThat(this.metrics.sum("orbit_samples_rejected_total")).hasValue(5.0);
		assertThat(this.metrics.sum("orbit_samples_accepted_total")).hasValue(1250.0);
		assertThat(this.metrics.sum("orbit_samples_archived_total")).isEmpty();
	}

	@Test
	void takesTheLargestGaugeLeavingNaNOut() {
		assertThat(this.metrics.max("kafka_consumer_fetch_manager_records_lag_max")).hasValue(40.0);
	}

	@Test
	void ratesFromACountersChangeNoneAfterARestart() {
		CounterRate rate = new CounterRate();
		assertThat(rate.next(100, 0)).isNull();
		assertThat(rate.next(300, 2_000_000_000L)).isEqualTo(100.0);
		assertThat(rate.next(10, 3_000_000_000L)).as("the service restarted").isNull();
		assertThat(rate.next(60, 4_000_000_000L)).isEqualTo(50.0);
	}

}

package space.orbit.observability;

import java.util.Map;

import org.junit.jupiter.api.Test;

import space.orbit.observability.PromQl.LabelMatcher;
import space.orbit.observability.PromQl.Parsed;
import space.orbit.observability.PromQl.Selector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PromQlTest {

	@Test
	void readsSelectorsMatchersAndGroupingLabels() {
		Parsed parsed = PromQl
			.parse("""
					sum by (service) (rate(http_server_requests_seconds_count{status=~"5..", uri!~"/metrics|/health.*"}[5m]))
					/ on (service) group_left sum without (uri) (rate(http_server_requests_seconds_count[5m])) > 0.05
					and histogram_quantile(0.99, sum by (le, service) (rate(orbit_pipeline_latency_seconds_bucket{stage="stored"}[1h] offset 5m)))
					unless up{job="orbit"} == 0
					""");
		assertThat(parsed.selectors()).containsExactly(
				new Selector("http_server_requests_seconds_count",
						java.util.List.of(new LabelMatcher("status", "=~", "5.."),
								new LabelMatcher("uri", "!~", "/metrics|/health.*"))),
				new Selector("http_server_requests_seconds_count", java.util.List.of()),
				new Selector("orbit_pipeline_latency_seconds_bucket",
						java.util.List.of(new LabelMatcher("stage", "=", "stored"))),
				new Selector("up", java.util.List.of(new LabelMatcher("job", "=", "orbit"))));
		assertThat(parsed.groupingLabels()).containsExactly("service", "uri", "le");
	}

	@Test
	void replacesGrafanaVariablesAndKeepsRecordedNames() {
		Parsed parsed = PromQl.parse(
				"sum by (service) (rate(orbit_samples_accepted_total{service=~\"$service\"}[$__rate_interval])) + orbit:pipeline_latency_slow:ratio_rate5m");
		assertThat(parsed.selectors()).extracting(Selector::metric)
			.containsExactly("orbit_samples_accepted_total", "orbit:pipeline_latency_slow:ratio_rate5m");
		assertThat(parsed.selectors().get(0).matchers().get(0).matches(Map.of("service", "ingest"))).isTrue();
	}

	@Test
	void matchersNeedTheLabel() {
		LabelMatcher notMetrics = new LabelMatcher("uri", "!~", "/metrics");
		assertThat(notMetrics.matches(Map.of("uri", "/api/users"))).isTrue();
		assertThat(notMetrics.matches(Map.of("uri", "/metrics"))).isFalse();
		assertThat(notMetrics.matches(Map.of())).isFalse();
	}

	@Test
	void refusesWhatItCannotRead() {
		assertThatIllegalArgumentException().isThrownBy(() -> PromQl.parse("rate(x{a=b}[5m])"));
		assertThatIllegalArgumentException().isThrownBy(() -> PromQl.parse("{__name__=\"x\"}"));
	}

}

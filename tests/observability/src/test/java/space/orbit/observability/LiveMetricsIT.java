package space.orbit.observability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import space.orbit.observability.Exposition.Sample;
import space.orbit.observability.PromQl.Parsed;
import space.orbit.observability.PromQl.Selector;
import space.orbit.observability.Queries.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every metric that an alert rule or a dashboard panel queries exists on the /metrics of
 * the running services, with a series matching the query's label matchers, and every
 * label the query groups by is on it. The names come from the PromQL ({@link PromQl}),
 * not from a list.
 */
@ExtendWith(LiveStackExtension.class)
class LiveMetricsIT {

	/**
	 * Series Prometheus makes itself, not the services: checked by
	 * {@link LocalPrometheusIT}.
	 */
	private static final Set<String> SYNTHETIC = Set.of("up", "ALERTS");

	@Test
	void everyQueriedMetricExistsWithTheQueriedLabels(LiveStack stack, Traffic traffic) throws InterruptedException {
		List<Query> queries = Queries.all();
		assertThat(queries).hasSizeGreaterThan(10);
		List<String> problems = List.of();
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		// The traffic's effects reach the counters asynchronously (events, jobs): wait
		// for them.
		while (System.nanoTime() < deadline) {
			problems = problems(queries, scrapeAll(stack));
			if (problems.isEmpty()) {
				break;
			}
			Thread.sleep(1000);
		}
		assertThat(problems).as("queries naming what the services do not expose").isEmpty();
	}

	static Exposition scrapeAll(LiveStack stack) {
		List<Sample> all = new ArrayList<>();
		for (String name : LiveStack.SERVICES) {
			var response = Traffic.get(stack.service(name).uri("/metrics"), "text/plain");
			assertThat(response.statusCode()).as(name + " /metrics").isEqualTo(200);
			all.addAll(Exposition.parse(response.body()).samples());
		}
		return new Exposition(all);
	}

	static List<String> problems(List<Query> queries, Exposition exposed) {
		Set<String> recorded = Queries.recorded();
		List<String> problems = new ArrayList<>();
		for (Query query : queries) {
			Parsed parsed = PromQl.parse(query.expression());
			List<Sample> read = new ArrayList<>();
			for (Selector selector : parsed.selectors()) {
				if (SYNTHETIC.contains(selector.metric())) {
					continue;
				}
				if (selector.metric().contains(":")) {
					if (!recorded.contains(selector.metric())) {
						problems.add(query.source() + ": " + selector.metric() + " is recorded by no rule");
					}
					continue;
				}
				List<Sample> series = exposed.named(selector.metric());
				if (series.isEmpty()) {
					problems.add(query.source() + ": no service exposes " + selector.metric());
					continue;
				}
				// An equality matcher names a value that must exist (stage="stored",
				// le="1.0"); the
				// others (5xx statuses, URIs left out) need their label, not a value seen
				// here.
				List<Sample> matching = series.stream()
					.filter((s) -> selector.matchers()
						.stream()
						.filter((m) -> m.op().equals("="))
						.allMatch((m) -> m.matches(s.labels())))
					.toList();
				if (matching.isEmpty()) {
					problems.add(query.source() + ": no series of " + selector.metric() + " matches "
							+ selector.matchers() + "; exposed: " + labelValues(series));
				}
				for (PromQl.LabelMatcher matcher : selector.matchers()) {
					if (!matcher.op().equals("=")
							&& matching.stream().noneMatch((s) -> s.labels().containsKey(matcher.name()))) {
						problems.add(query.source() + ": " + selector.metric() + " has no label " + matcher.name());
					}
				}
				read.addAll(series);
			}
			for (String label : parsed.groupingLabels()) {
				if (!read.isEmpty() && read.stream().noneMatch((s) -> s.labels().containsKey(label))) {
					problems.add(query.source() + ": groups by " + label + ", a label none of its series has");
				}
			}
		}
		return problems;
	}

	private static Set<String> labelValues(List<Sample> series) {
		Set<String> values = new TreeSet<>();
		series.stream().limit(20).forEach((s) -> values.add(s.labels().toString()));
		return values;
	}

}

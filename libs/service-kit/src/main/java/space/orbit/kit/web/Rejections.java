package space.orbit.kit.web;

import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.http.ProblemDetail;

/**
 * Counts every refused request (a 4xx problem) in
 * {@code orbit_requests_rejected_total{type,reason}}: invalid input is counted, not
 * logged.
 */
public class Rejections {

	static final String METER = "orbit.requests.rejected";

	private final MeterRegistry registry;

	public Rejections(MeterRegistry registry) {
		this.registry = registry;
	}

	void count(ProblemDetail problem) {
		if (problem.getStatus() < 400 || problem.getStatus() >= 500) {
			return;
		}
		String type = ProblemType.of(problem.getType()).map(ProblemType::slug).orElse("http-" + problem.getStatus());
		Counter.builder(METER)
			.description("Requests refused with a 4xx problem, by problem type and reason")
			.tag("type", type)
			.tag("reason", reason(problem, type))
			.register(this.registry)
			.increment();
	}

	private static String reason(ProblemDetail problem, String type) {
		Map<String, Object> properties = problem.getProperties();
		if (properties != null && properties.get("reason") instanceof String reason) {
			return reason;
		}
		if (properties != null && properties.get("errors") instanceof List<?> errors && !errors.isEmpty()
				&& errors.get(0) instanceof ProblemError first && first.reason() != null) {
			return first.reason();
		}
		return type;
	}

}

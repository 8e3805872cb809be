package space.orbit.ingest.telemetry;

import java.util.List;
import java.util.TreeSet;

import org.springframework.stereotype.Component;
import space.orbit.ingest.security.ApiKeyAuthentication;
import space.orbit.kit.web.ProblemException;
import space.orbit.kit.web.ProblemType;
import space.orbit.telemetry.Frame;
import space.orbit.telemetry.ParsedTelemetry;

/**
 * An API key sends only for the spacecraft it names (ADR 0017): a request with one frame
 * outside them is refused whole, 403 {@code forbidden} with reason {@value #OUT_OF_SCOPE}
 * naming those spacecraft, and nothing of it is queued. A token with role ground-station
 * may send for any spacecraft.
 */
@Component
class SpacecraftScope {

	static final String OUT_OF_SCOPE = "spacecraft_out_of_scope";

	private static final int MAX_NAMED = 100;

	private final IngestMetrics metrics;

	SpacecraftScope(IngestMetrics metrics) {
		this.metrics = metrics;
	}

	/**
	 * Refuses {@code parsed} (valid) when the caller's API key may not send all of it.
	 */
	void check(ParsedTelemetry parsed) {
		ApiKeyAuthentication key = ApiKeyAuthentication.current().orElse(null);
		if (key == null) {
			return;
		}
		List<Frame> outside = parsed.frames().stream().filter((frame) -> !key.allows(frame.spacecraftId())).toList();
		if (outside.isEmpty()) {
			return;
		}
		int samples = outside.stream().mapToInt(Frame::sampleCount).sum();
		this.metrics.outOfScope(samples, parsed.sampleCount() - samples);
		List<String> spacecraft = outside.stream()
			.map(Frame::spacecraftId)
			.collect(java.util.stream.Collectors.toCollection(TreeSet::new))
			.stream()
			.limit(MAX_NAMED)
			.toList();
		throw new ProblemException(ProblemType.FORBIDDEN,
				"API key '" + key.getName() + "' may send for " + new TreeSet<>(key.spacecraft()) + ", not for "
						+ spacecraft + ": nothing of this request was accepted.")
			.with("reason", OUT_OF_SCOPE)
			.with("spacecraft", spacecraft);
	}

}

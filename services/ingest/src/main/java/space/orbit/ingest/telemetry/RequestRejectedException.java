package space.orbit.ingest.telemetry;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import space.orbit.telemetry.RejectionReason;
import space.orbit.telemetry.Violation;

/** A telemetry request ingest refuses, with the status, the reason and what was wrong. */
class RequestRejectedException extends RuntimeException {

	private final HttpStatus status;

	private final RejectionReason reason;

	private final List<Violation> violations;

	private final int violationCount;

	private final Map<RejectionReason, Integer> rejectedSamples;

	RequestRejectedException(HttpStatus status, RejectionReason reason, String detail) {
		this(status, reason, detail, List.of(), 0, Map.of(reason, 1));
	}

	RequestRejectedException(HttpStatus status, RejectionReason reason, String detail, List<Violation> violations,
			int violationCount, Map<RejectionReason, Integer> rejectedSamples) {
		super(detail);
		this.status = status;
		this.reason = reason;
		this.violations = violations;
		this.violationCount = violationCount;
		this.rejectedSamples = rejectedSamples;
	}

	HttpStatus status() {
		return this.status;
	}

	RejectionReason reason() {
		return this.reason;
	}

	List<Violation> violations() {
		return this.violations;
	}

	int violationCount() {
		return this.violationCount;
	}

	Map<RejectionReason, Integer> rejectedSamples() {
		return this.rejectedSamples;
	}

}

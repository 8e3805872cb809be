package space.orbit.test.fuzz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.fail;

/**
 * What a fuzzing run sent and what came back: answers by status, the slowest, and every
 * violation of the contract.
 */
public final class FuzzReport {

	private final String service;

	private final Map<Integer, Integer> statuses = new TreeMap<>();

	private final Map<String, Integer> faults = new TreeMap<>();

	private final List<String> violations = new ArrayList<>();

	private int sent;

	private Duration slowest = Duration.ZERO;

	private String slowestRequest = "";

	private Duration elapsed = Duration.ZERO;

	private int throttled;

	FuzzReport(String service) {
		this.service = service;
	}

	void record(FuzzRequest request, int status, Duration took) {
		this.sent++;
		this.statuses.merge(status, 1, Integer::sum);
		this.faults.merge(request.fault().replaceAll(" .*", ""), 1, Integer::sum);
		if (took.compareTo(this.slowest) > 0) {
			this.slowest = took;
			this.slowestRequest = request.describe();
		}
	}

	void finished(Duration elapsed, int throttled) {
		this.elapsed = elapsed;
		this.throttled = throttled;
	}

	/** The service fuzzed (its document's name). */
	public String service() {
		return this.service;
	}

	void violation(FuzzRequest request, String what) {
		this.violations.add(what + ": " + request.describe());
	}

	public int sent() {
		return this.sent;
	}

	public List<String> violations() {
		return List.copyOf(this.violations);
	}

	/** How many requests were answered with each status. */
	public Map<Integer, Integer> statuses() {
		return Map.copyOf(this.statuses);
	}

	public Duration slowest() {
		return this.slowest;
	}

	/** Fails listing the violations (the first 30), if there are any. */
	public void assertNoViolations() {
		if (!this.violations.isEmpty()) {
			fail(this.violations.size() + " of " + this.sent + " fuzzed requests to " + this.service
					+ " broke the contract:\n  "
					+ String.join("\n  ", this.violations.subList(0, Math.min(30, this.violations.size()))));
		}
	}

	@Override
	public String toString() {
		return this.service + ": " + this.sent + " requests in " + this.elapsed.toSeconds() + " s, statuses "
				+ this.statuses + ", faults " + this.faults + ", slowest " + this.slowest.toMillis() + " ms ("
				+ this.slowestRequest + "), " + this.violations.size() + " violations (429 waited out: "
				+ this.throttled + ")";
	}

}

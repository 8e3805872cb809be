package space.orbit.simulator.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import space.orbit.simulator.fault.ExpectedAlert;
import space.orbit.simulator.send.SendStats;

/**
 * What a run sent, what ingest accepted, and the alerts its faults must cause: written to
 * {@code --report FILE} at the end and served at {@code GET /api/v1/simulation}.
 *
 * @param state running, finished (the duration is covered) or stopped
 * @param target the ingest endpoint
 * @param spacecraft how many spacecraft
 * @param rate frames per second per spacecraft
 * @param seed the seed
 * @param samplesPerFrame samples in each frame
 * @param batchFrames frames per POST
 * @param simulatedStart timestamp of the first frame
 * @param simulatedUntil timestamp of the last frame generated
 * @param wallSeconds real time since the run started
 * @param framesGenerated frames generated (sent or waiting to be)
 * @param framesSent frames posted (once each, however often re-sent)
 * @param samplesSent samples in them
 * @param framesAccepted frames ingest answered 2xx for
 * @param samplesAccepted samples ingest counted in its answers
 * @param framesRejected frames refused with a 4xx, by status
 * @param requests HTTP exchanges by status ({@code io_error}: no answer)
 * @param retries re-sends after a 503, another 5xx or no answer
 * @param batchesLost batches given up after the bounded retries
 * @param framesLost frames in them
 * @param sentFramesPerSecond frames sent per second of real time
 * @param acceptedSamplesPerSecond samples accepted per second of real time
 * @param expectedAlerts one per scheduled fault
 */
public record SimulationReport(String state, String target, int spacecraft, double rate, long seed, int samplesPerFrame,
		int batchFrames, Instant simulatedStart, Instant simulatedUntil, double wallSeconds, long framesGenerated,
		long framesSent, long samplesSent, long framesAccepted, long samplesAccepted, Map<String, Long> framesRejected,
		Map<String, Long> requests, long retries, long batchesLost, long framesLost, double sentFramesPerSecond,
		double acceptedSamplesPerSecond, List<ExpectedAlert> expectedAlerts) {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	/**
	 * A report of the run in {@code plan} with these counts after {@code wallSeconds}.
	 */
	static SimulationReport of(String state, String target, RunPlan plan, int samplesPerFrame, Instant until,
			long generated, double wallSeconds, SendStats.Snapshot c) {
		double wall = Math.max(wallSeconds, 1e-9);
		return new SimulationReport(state, target, plan.stream().spacecraft(), plan.stream().rate(),
				plan.stream().seed(), samplesPerFrame, plan.batchFrames(), plan.stream().start(), until, wallSeconds,
				generated, c.framesSent(), c.samplesSent(), c.framesAccepted(), c.samplesAccepted(), c.framesRejected(),
				c.requests(), c.retries(), c.batchesLost(), c.framesLost(), c.framesSent() / wall,
				c.samplesAccepted() / wall, plan.stream().faults().expectedAlerts(plan.stream().start()));
	}

	/** True when ingest accepted every frame generated. */
	public boolean complete() {
		return this.framesAccepted == this.framesGenerated;
	}

	public String toJson() {
		return JSON.writeValueAsString(this);
	}

	public void writeTo(Path file) {
		try {
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			Files.writeString(file, toJson() + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the report to " + file, ex);
		}
	}

}

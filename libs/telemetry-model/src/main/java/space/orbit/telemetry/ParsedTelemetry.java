package space.orbit.telemetry;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of reading submitted telemetry: the frames, and every violation found. A
 * request is accepted only when there are no violations.
 *
 * @param frames the frames read (complete only when valid)
 * @param violations what is wrong, at most {@link FrameReader#MAX_REPORTED_VIOLATIONS} of
 * them
 * @param violationCount how many violations there were in all
 * @param sampleCount how many samples the request carried
 * @param rejectedSamples when invalid, how many samples each reason rejected; they add up
 * to {@code sampleCount} (a frame-level fault rejects all the frame's samples, valid
 * samples of an invalid request count as {@link RejectionReason#BATCH_REJECTED})
 * @param framesJson when valid, the frames as the JSON array the client sent (a single
 * frame wrapped in {@code []}): validated, so it can be forwarded as it is
 */
public record ParsedTelemetry(List<Frame> frames, List<Violation> violations, int violationCount, int sampleCount,
		Map<RejectionReason, Integer> rejectedSamples, byte[] framesJson) {

	ParsedTelemetry(List<Frame> frames, List<Violation> violations, int violationCount, int sampleCount,
			Map<RejectionReason, Integer> rejectedSamples) {
		this(frames, violations, violationCount, sampleCount, rejectedSamples, null);
	}

	/** The same result, carrying the frames as the JSON array the client sent. */
	ParsedTelemetry withFramesJson(byte[] json) {
		return new ParsedTelemetry(this.frames, this.violations, this.violationCount, this.sampleCount,
				this.rejectedSamples, json);
	}

	public ParsedTelemetry {
		frames = List.copyOf(frames);
		violations = List.copyOf(violations);
		rejectedSamples = rejectedSamples.isEmpty() ? Map.of() : new EnumMap<>(rejectedSamples);
	}

	public boolean valid() {
		return this.violationCount == 0;
	}

}

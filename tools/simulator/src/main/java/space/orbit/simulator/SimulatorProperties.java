package space.orbit.simulator;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import space.orbit.simulator.fault.ScenarioFile;

/**
 * Settings of the simulator ({@code orbit.simulator.*}; the command-line flags of
 * {@link SimulatorCommandLine} map onto them).
 *
 * @param spacecraft how many spacecraft, ORB-1..ORB-n
 * @param rate frames per second per spacecraft
 * @param seed the seed of every random draw
 * @param target ingest's base URL
 * @param batchFrames frames per POST; 0: one second's worth
 * @param duration simulated time to cover, then stop; null: run until stopped
 * @param faults fault specs, {@code TYPE:SPACECRAFT[:PARAMETER]@+OFFSET[/DURATION]}
 * @param scenario a YAML or JSON file listing more fault specs
 * @param report where to write the JSON report at the end
 * @param start the simulated instant of the first frame (ISO-8601); null or {@code now}:
 * now
 * @param samplesPerFrame samples per frame; 0: the 42 modelled parameters
 * @param connections batches in flight at once
 * @param maxRetries re-sends of a failing batch before it counts as lost
 * @param exitWhenDone exit the process once the duration is covered
 * @param speed simulated seconds per wall-clock second (1: real time; 20: ten simulated
 * minutes in 30 s)
 * @param orbits {@code start} (default): each reference TLE moved to the start, so any
 * start sees the lighting the reference epoch saw; {@code published}: the reference TLEs
 * as published, those of the demo mission's database, so that the worker's predictions
 * from the mission database and the reported positions agree
 * @param replayCycle a load generator for benchmarks: model this much simulated time,
 * then send it again backward and forward with new timestamps (faults still at their
 * times); null: model every frame
 */
@Validated
@ConfigurationProperties("orbit.simulator")
public record SimulatorProperties(@DefaultValue("5") @Min(1) @Max(10_000) int spacecraft,
		@DefaultValue("1") @Positive double rate, @DefaultValue("42") long seed,
		@DefaultValue("http://127.0.0.1:8100") @NotNull URI target, @DefaultValue("0") @PositiveOrZero int batchFrames,
		Duration duration, @DefaultValue List<String> faults, Path scenario, Path report, String start,
		@DefaultValue("0") @PositiveOrZero @Max(2_000) int samplesPerFrame,
		@DefaultValue("1") @Min(1) @Max(64) int connections, @DefaultValue("30") @PositiveOrZero int maxRetries,
		@DefaultValue("true") boolean exitWhenDone, @DefaultValue("1") @Positive double speed,
		@DefaultValue("start") @NotNull String orbits, Duration replayCycle) {

	public SimulatorProperties {
		if (replayCycle != null && (replayCycle.isNegative() || replayCycle.isZero())) {
			throw new IllegalArgumentException(
					"orbit.simulator.replay-cycle (--replay-cycle) must be positive, was " + replayCycle);
		}
		if (duration != null && (duration.isNegative() || duration.isZero())) {
			throw new IllegalArgumentException(
					"orbit.simulator.duration (--duration) must be positive, was " + duration);
		}
		startInstant(start, Instant.EPOCH);
		if (!orbits.equals("start") && !orbits.equals("published")) {
			throw new IllegalArgumentException(
					"orbit.simulator.orbits (--orbits) must be 'start' or 'published', was '" + orbits + "'");
		}
	}

	/** True when the spacecraft fly the reference TLEs as published. */
	public boolean publishedOrbits() {
		return this.orbits.equals("published");
	}

	/** Frames per POST: as set, else one second's worth (spacecraft × rate). */
	public int effectiveBatchFrames() {
		return (this.batchFrames > 0) ? this.batchFrames : (int) Math.max(1, Math.ceil(this.spacecraft * this.rate));
	}

	/** The simulated start: as set, else {@code now} (to the millisecond). */
	public Instant startInstant(Instant now) {
		return startInstant(this.start, now);
	}

	/** The fault specs given directly, then those of the scenario file. */
	public List<String> allFaults() {
		List<String> all = new ArrayList<>(this.faults);
		if (this.scenario != null) {
			all.addAll(ScenarioFile.read(this.scenario));
		}
		return all;
	}

	private static Instant startInstant(String start, Instant now) {
		if (start == null || start.isBlank() || start.equalsIgnoreCase("now")) {
			return now.truncatedTo(ChronoUnit.MILLIS);
		}
		if (start.trim().startsWith("-")) {
			// relative to now, e.g. -10m: replay the recent past (at --speed, it catches
			// up with now)
			return now.minus(space.orbit.simulator.fault.Durations.parse(start.trim().substring(1)))
				.truncatedTo(ChronoUnit.MILLIS);
		}
		try {
			return Instant.parse(start.trim()).truncatedTo(ChronoUnit.MICROS);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(
					"orbit.simulator.start (--start) must be 'now', -DURATION (e.g. -10m) or an ISO-8601 instant "
							+ "such as 2026-11-21T10:00:00Z, was '" + start + "'",
					ex);
		}
	}

}

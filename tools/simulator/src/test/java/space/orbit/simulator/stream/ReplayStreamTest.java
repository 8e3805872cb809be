package space.orbit.simulator.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import space.orbit.simulator.Streams;
import space.orbit.simulator.model.ParameterCatalog;
import space.orbit.simulator.model.ParameterSpec;
import space.orbit.simulator.send.Batch;
import space.orbit.telemetry.Frame;
import space.orbit.telemetry.FrameLimits;
import space.orbit.telemetry.FrameReader;
import space.orbit.telemetry.ParsedTelemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bench's load generator (issue 19): a modelled cycle sent again backward and forward
 * under rising identities, faults at their times, and bodies ingest accepts.
 */
class ReplayStreamTest {

	private static final String BATTERY = "EPS.BATTERY.VOLTAGE";

	/** Every frame of {@code ticks} ticks, as ingest would read them from one body. */
	private static List<Frame> frames(FrameSource source, long ticks) {
		return read(body(source, ticks));
	}

	private static Batch body(FrameSource source, long ticks) {
		Batch.Builder builder = new Batch.Builder(16);
		for (long k = 0; k < ticks; k++) {
			source.next(builder);
		}
		return builder.build();
	}

	private static List<Frame> read(Batch batch) {
		ParsedTelemetry parsed = new FrameReader(FrameLimits.DEFAULT).read(batch.body(), Instant.now());
		assertThat(parsed.violations()).isEmpty();
		assertThat(parsed.sampleCount()).isEqualTo(batch.samples());
		return parsed.frames();
	}

	private static ReplayStream replay(int spacecraft, double rate, Duration cycle, String... faults) {
		return new ReplayStream(Streams.stream(spacecraft, rate, faults), cycle);
	}

	@Test
	void untilTheFirstTurnItSendsTheBytesOfTheModelledStream() {
		Batch modelled = Batch.of(Streams.stream(3, 2, "spike:ORB-2:" + BATTERY + "@+3s").take(Duration.ofSeconds(5)));
		Batch replayed = body(replay(3, 2, Duration.ofSeconds(10), "spike:ORB-2:" + BATTERY + "@+3s"), 10);

		assertThat(replayed.body()).isEqualTo(modelled.body());
		assertThat(replayed.frames()).isEqualTo(modelled.frames()).isEqualTo(30);
		assertThat(replayed.samples()).isEqualTo(modelled.samples());
	}

	@Test
	void identitiesKeepRisingAcrossTheTurns() {
		ReplayStream stream = replay(2, 4, Duration.ofSeconds(1));
		List<Frame> frames = frames(stream, 20);

		assertThat(stream.cycleTicks()).isEqualTo(4);
		assertThat(frames).hasSize(40);
		Set<Frame.FrameKey> keys = new HashSet<>();
		frames.forEach((f) -> keys.add(f.key()));
		assertThat(keys).hasSize(40);
		for (String id : List.of("ORB-1", "ORB-2")) {
			List<Frame> own = Streams.of(frames, id);
			for (int k = 0; k < own.size(); k++) {
				assertThat(own.get(k).sequence()).isEqualTo(k);
				assertThat(own.get(k).timestamp()).isEqualTo(Streams.START.plusMillis(250L * k));
			}
		}
	}

	@Test
	void theCycleRunsBackwardThenForwardSoValuesStayContinuous() {
		List<Frame> frames = Streams.of(frames(replay(1, 4, Duration.ofSeconds(1)), 16), "ORB-1");
		List<Map<String, Object>> samples = frames.stream().map(Frame::samples).toList();

		int[] template = { 0, 1, 2, 3, 3, 2, 1, 0, 0, 1, 2, 3, 3, 2, 1, 0 };
		for (int k = 0; k < template.length; k++) {
			assertThat(samples.get(k)).as("tick %d replays tick %d", k, template[k])
				.isEqualTo(samples.get(template[k]));
		}
		assertThat(samples.get(0)).isNotEqualTo(samples.get(1));
		assertThat(samples.get(0).values()).hasOnlyElementsOfTypes(Double.class, Long.class, Boolean.class,
				String.class);
	}

	@Test
	void faultsActAtTheirTimesLongAfterTheModelledCycle() {
		ReplayStream stream = replay(2, 2, Duration.ofSeconds(1), "spike:ORB-1:" + BATTERY + "@+30s",
				"silent:ORB-2@+40s/5s");
		List<Frame> frames = frames(stream, 120);

		ParameterSpec battery = ParameterCatalog.MODELLED.find(BATTERY).orElseThrow();
		double beyond = battery.quantize(battery.beyondCritical());
		List<Frame> orb1 = Streams.of(frames, "ORB-1");
		assertThat(orb1).hasSize(120);
		List<Long> spiked = new ArrayList<>();
		for (Frame frame : orb1) {
			if (((Number) frame.samples().get(BATTERY)).doubleValue() == beyond) {
				spiked.add(frame.sequence());
			}
		}
		assertThat(spiked).containsExactly(60L);
		Frame spike = orb1.get(60);
		Frame replayedTwin = orb1.get(61);
		assertThat(spike.samples().keySet()).isEqualTo(replayedTwin.samples().keySet());
		List<Frame> orb2 = Streams.of(frames, "ORB-2");
		assertThat(orb2).hasSize(110);
		assertThat(orb2).noneMatch((f) -> f.sequence() >= 80 && f.sequence() < 90);
	}

	@Test
	void aCycleThatWouldNotFitInMemoryIsRefusedNamingTheFlag() {
		assertThatThrownBy(() -> replay(5, 3_000, Duration.ofSeconds(20))).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("300000 frames")
			.hasMessageContaining("shorten --replay-cycle");
	}

}

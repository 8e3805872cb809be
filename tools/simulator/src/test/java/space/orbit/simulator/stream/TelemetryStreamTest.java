package space.orbit.simulator.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import space.orbit.simulator.Streams;
import space.orbit.simulator.fault.FaultSchedule;
import space.orbit.simulator.model.ParameterCatalog;
import space.orbit.simulator.send.Batch;
import space.orbit.telemetry.Frame;
import space.orbit.telemetry.FrameLimits;
import space.orbit.telemetry.FrameReader;
import space.orbit.telemetry.ParsedTelemetry;

import static org.assertj.core.api.Assertions.assertThat;

/** The stream is a pure function of its settings, and ingest accepts what it makes. */
class TelemetryStreamTest {

	@Test
	void theSameSeedGivesIdenticalFrames() {
		List<Frame> first = Streams.stream(3, 2).take(Duration.ofMinutes(2));
		List<Frame> second = Streams.stream(3, 2).take(Duration.ofMinutes(2));
		assertThat(first).hasSize(3 * 240).isEqualTo(second);
	}

	@Test
	void anotherSeedGivesOtherFrames() {
		List<Frame> frames = Streams.stream(3, 1).take(Duration.ofMinutes(1));
		List<Frame> other = new TelemetryStream(StreamSettings.nominal(43, 3, 1, Streams.START))
			.take(Duration.ofMinutes(1));
		assertThat(other).hasSameSizeAs(frames);
		long differing = 0;
		for (int i = 0; i < frames.size(); i++) {
			differing += frames.get(i).samples().equals(other.get(i).samples()) ? 0 : 1;
		}
		assertThat(differing).isEqualTo(frames.size());
	}

	@Test
	void framesAreTimestampedByTickAndSequencedPerSpacecraft() {
		TelemetryStream stream = Streams.stream(2, 4);
		stream.take(Duration.ofSeconds(1));
		List<Frame> tick = stream.next();
		assertThat(tick).extracting(Frame::spacecraftId).containsExactly("ORB-1", "ORB-2");
		assertThat(tick).allSatisfy((f) -> {
			assertThat(f.sequence()).isEqualTo(4);
			assertThat(f.timestamp()).isEqualTo(Streams.START.plusSeconds(1));
			assertThat(f.samples()).hasSize(42);
		});
	}

	@Test
	void theFrameSizeIsConfigurable() {
		StreamSettings wide = new StreamSettings(1, 1, 1, Streams.START, 100, FaultSchedule.NONE, false);
		Frame frame = new TelemetryStream(wide).next().get(0);
		assertThat(frame.samples()).hasSize(100).containsKey("AUX.CH058.VALUE").containsKey("EPS.BATTERY.VOLTAGE");
		StreamSettings narrow = new StreamSettings(1, 1, 1, Streams.START, 10, FaultSchedule.NONE, false);
		assertThat(new TelemetryStream(narrow).next().get(0).samples()).hasSize(10);
		assertThat(ParameterCatalog.MODELLED.size()).isEqualTo(42);
	}

	@Test
	void ingestsOwnReaderAcceptsEveryFrame() {
		List<Frame> frames = Streams.stream(5, 1).take(Duration.ofSeconds(30));
		Batch batch = Batch.of(frames);
		Instant received = frames.get(frames.size() - 1).timestamp();
		ParsedTelemetry parsed = new FrameReader(FrameLimits.DEFAULT).read(batch.body(), received);
		assertThat(parsed.violations()).isEmpty();
		assertThat(parsed.frames()).hasSize(150).isEqualTo(frames);
		assertThat(parsed.sampleCount()).isEqualTo(batch.samples()).isEqualTo(150 * 42);
	}

}

package space.orbit.simulator.fault;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import space.orbit.simulator.model.ParameterCatalog;
import space.orbit.simulator.model.ParameterSpec;
import space.orbit.telemetry.Frame;

import static org.assertj.core.api.Assertions.assertThat;
import static space.orbit.simulator.Streams.frames;
import static space.orbit.simulator.Streams.of;
import static space.orbit.simulator.Streams.values;
import static space.orbit.simulator.Streams.window;

/**
 * Each fault leaves its declared signature in the generated stream (3 spacecraft, one
 * frame a second, so sequence = seconds since the start), and only where scheduled.
 */
class FaultSignaturesTest {

	private static final ParameterCatalog CATALOG = ParameterCatalog.MODELLED;

	@Test
	void stuckRepeatsOneValueOverTheWindow() {
		List<Frame> frames = frames(Duration.ofMinutes(8), "stuck:ORB-2:THERMAL.PANEL.TEMP@+1m/5m");
		assertThat(values(window(frames, "ORB-2", 60, 360), "THERMAL.PANEL.TEMP")).hasSize(300)
			.containsOnly(values(window(frames, "ORB-2", 60, 61), "THERMAL.PANEL.TEMP").get(0));
		assertThat(values(window(frames, "ORB-2", 0, 60), "THERMAL.PANEL.TEMP").stream().distinct().count())
			.isGreaterThan(10);
		assertThat(values(window(frames, "ORB-2", 360, 420), "THERMAL.PANEL.TEMP").stream().distinct().count())
			.isGreaterThan(10);
	}

	@Test
	void driftCarriesTheValueSlowlyPastTheWarningLimitButNotTheCritical() {
		ParameterSpec obc = CATALOG.find("THERMAL.OBC.TEMP").orElseThrow();
		List<Frame> frames = frames(Duration.ofMinutes(12), "drift:ORB-1:THERMAL.OBC.TEMP@+1m/10m");
		assertThat(values(window(frames, "ORB-1", 0, 60), "THERMAL.OBC.TEMP")).allMatch((v) -> v < obc.nominalMax());
		assertThat(values(window(frames, "ORB-1", 360, 660), "THERMAL.OBC.TEMP"))
			.allMatch((v) -> v > obc.warningHigh() && v < obc.criticalHigh());
		List<Double> ramp = values(window(frames, "ORB-1", 59, 361), "THERMAL.OBC.TEMP");
		for (int i = 1; i < ramp.size(); i++) {
			assertThat(Math.abs(ramp.get(i) - ramp.get(i - 1))).as("step %d of the drift", i).isLessThan(1.0);
		}
	}

	@Test
	void spikeSendsOneSampleBeyondTheCriticalLimit() {
		ParameterSpec volts = CATALOG.find("EPS.BATTERY.VOLTAGE").orElseThrow();
		List<Frame> frames = frames(Duration.ofMinutes(2), "spike:ORB-1:EPS.BATTERY.VOLTAGE@+30s");
		List<Double> series = values(of(frames, "ORB-1"), "EPS.BATTERY.VOLTAGE");
		assertThat(series.get(30)).isGreaterThan(volts.criticalHigh());
		assertThat(series.stream().filter((v) -> v > volts.warningHigh())).hasSize(1);
	}

	@Test
	void dropoutRemovesTheParameterFromTheFramesOnly() {
		List<Frame> frames = frames(Duration.ofMinutes(2), "dropout:ORB-3:EPS.BATTERY.SOC@+30s/1m");
		assertThat(window(frames, "ORB-3", 30, 90)).hasSize(60)
			.allSatisfy((f) -> assertThat(f.samples()).doesNotContainKey("EPS.BATTERY.SOC").hasSize(41));
		assertThat(window(frames, "ORB-3", 0, 30)).allSatisfy((f) -> assertThat(f.samples()).hasSize(42));
		assertThat(window(frames, "ORB-3", 90, 120)).allSatisfy((f) -> assertThat(f.samples()).hasSize(42));
		assertThat(of(frames, "ORB-1")).allSatisfy((f) -> assertThat(f.samples()).containsKey("EPS.BATTERY.SOC"));
	}

	@Test
	void silentSpacecraftSendsNoFramesInTheWindow() {
		List<Frame> frames = frames(Duration.ofMinutes(4), "silent:ORB-3@+1m/2m");
		assertThat(window(frames, "ORB-3", 60, 180)).isEmpty();
		assertThat(window(frames, "ORB-3", 0, 60)).hasSize(60);
		assertThat(window(frames, "ORB-3", 180, 240)).hasSize(60);
		assertThat(of(frames, "ORB-2")).hasSize(240);
	}

	@Test
	void noiseBurstMultipliesTheSpread() {
		List<Frame> frames = frames(Duration.ofMinutes(6), "noise:ORB-2:EPS.BATTERY.VOLTAGE@+2m/2m");
		double before = spread(values(window(frames, "ORB-2", 0, 120), "EPS.BATTERY.VOLTAGE"));
		double during = spread(values(window(frames, "ORB-2", 120, 240), "EPS.BATTERY.VOLTAGE"));
		double after = spread(values(window(frames, "ORB-2", 240, 360), "EPS.BATTERY.VOLTAGE"));
		assertThat(during).isGreaterThan(5 * before).isGreaterThan(5 * after);
	}

	@Test
	void undervoltageTrendsDownThroughTheWarningToBelowTheCriticalLimit() {
		ParameterSpec volts = CATALOG.find("EPS.BATTERY.VOLTAGE").orElseThrow();
		List<Frame> frames = frames(Duration.ofMinutes(8), "undervoltage:ORB-1@+1m/6m");
		List<Double> series = values(of(frames, "ORB-1"), "EPS.BATTERY.VOLTAGE");
		int warning = indexOfFirst(series, volts.warningLow());
		int critical = indexOfFirst(series, volts.criticalLow());
		assertThat(warning).isBetween(60, critical - 10);
		assertThat(critical).isLessThan(60 + 180);
		assertThat(series.subList(0, 60)).allMatch((v) -> v > volts.nominalMin());
		assertThat(series.subList(240, 420)).allMatch((v) -> v < volts.criticalLow());
		for (int t = 90; t <= 240; t += 30) {
			assertThat(series.get(t)).as("voltage at %d s", t).isLessThan(series.get(t - 30));
		}
	}

	@Test
	void overspeedTakesTheWheelPastItsCriticalSpeed() {
		ParameterSpec wheel = CATALOG.find("AOCS.RW3.SPEED").orElseThrow();
		List<Frame> frames = frames(Duration.ofMinutes(6), "overspeed:ORB-2:AOCS.RW3.SPEED@+30s/4m");
		assertThat(values(window(frames, "ORB-2", 0, 30), "AOCS.RW3.SPEED"))
			.allMatch((v) -> Math.abs(v) < wheel.nominalMax());
		assertThat(values(window(frames, "ORB-2", 150, 270), "AOCS.RW3.SPEED"))
			.allMatch((v) -> Math.abs(v) > wheel.criticalHigh());
		assertThat(values(window(frames, "ORB-2", 270, 360), "AOCS.RW3.SPEED"))
			.allMatch((v) -> Math.abs(v) < wheel.nominalMax());
	}

	@Test
	void clockJumpSendsTimestampsBackwards() {
		List<Frame> frames = of(frames(Duration.ofMinutes(3), "clock:ORB-1@+30s/1m"), "ORB-1");
		int backwards = 0;
		for (int i = 1; i < frames.size(); i++) {
			if (frames.get(i).timestamp().isBefore(frames.get(i - 1).timestamp())) {
				backwards++;
				assertThat(frames.get(i).sequence()).isEqualTo(30);
			}
		}
		assertThat(backwards).isEqualTo(1);
		assertThat(frames.get(30).timestamp()).isEqualTo(frames.get(29).timestamp().minusSeconds(59));
	}

	@Test
	void duplicateSendsIdenticalFramesTwice() {
		List<Frame> frames = of(frames(Duration.ofSeconds(30), "duplicate:ORB-2@+10s/5s"), "ORB-2");
		Map<Frame.FrameKey, Integer> seen = new HashMap<>();
		frames.forEach((f) -> seen.merge(f.key(), 1, Integer::sum));
		assertThat(seen.values().stream().filter((n) -> n == 2)).hasSize(5);
		assertThat(frames).hasSize(35);
		assertThat(frames.get(10)).isEqualTo(frames.get(11));
		assertThat(frames.get(10).sequence()).isEqualTo(10);
	}

	private static double spread(List<Double> series) {
		double sum = 0;
		double squares = 0;
		for (int i = 1; i < series.size(); i++) {
			double d = series.get(i) - series.get(i - 1);
			sum += d;
			squares += d * d;
		}
		int n = series.size() - 1;
		return Math.sqrt(squares / n - (sum / n) * (sum / n));
	}

	private static int indexOfFirst(List<Double> series, double below) {
		for (int i = 0; i < series.size(); i++) {
			if (series.get(i) < below) {
				return i;
			}
		}
		return -1;
	}

}

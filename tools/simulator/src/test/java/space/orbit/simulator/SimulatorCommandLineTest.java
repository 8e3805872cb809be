package space.orbit.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Friendly flags become Spring properties; a mistake names the flag and what it accepts.
 */
class SimulatorCommandLineTest {

	@TempDir
	Path dir;

	@Test
	void translatesFlagsToProperties() {
		assertThat(SimulatorCommandLine.translate("--spacecraft", "3", "--rate=2.5", "--duration", "1m30s", "--fault",
				"stuck:ORB-2:THERMAL.PANEL.TEMP@+30s", "--fault", "silent:ORB-3@+1m/2m", "--start",
				"2026-11-21T10:00:00Z", "--server.port=0"))
			.containsExactly("--orbit.simulator.spacecraft=3", "--orbit.simulator.rate=2.5",
					"--orbit.simulator.duration=PT1M30S", "--orbit.simulator.start=2026-11-21T10:00:00Z",
					"--server.port=0", "--orbit.simulator.faults[0]=stuck:ORB-2:THERMAL.PANEL.TEMP@+30s",
					"--orbit.simulator.faults[1]=silent:ORB-3@+1m/2m");
		assertThat(SimulatorCommandLine.translate("--help")).isNull();
		assertThat(SimulatorCommandLine.translate()).isEmpty();
	}

	@Test
	void translatesSpeedAndAStartRelativeToNow() {
		assertThat(SimulatorCommandLine.translate("--speed", "20", "--start", "-10m"))
			.containsExactly("--orbit.simulator.speed=20.0", "--orbit.simulator.start=-PT10M");
		assertThat(new SimulatorProperties(5, 1, 42, java.net.URI.create("http://x"), 0, null, java.util.List.of(),
				null, null, "-PT10M", 0, 1, 30, true, 20, "start", null)
			.startInstant(java.time.Instant.parse("2026-11-21T10:00:00Z")))
			.isEqualTo(java.time.Instant.parse("2026-11-21T09:50:00Z"));
		assertThatThrownBy(() -> SimulatorCommandLine.translate("--speed", "0")).hasMessageStartingWith("--speed '0'");
	}

	@Test
	void translatesAReplayCycleAndRefusesOneThatIsNotPositive() {
		assertThat(SimulatorCommandLine.translate("--replay-cycle", "2s"))
			.containsExactly("--orbit.simulator.replay-cycle=PT2S");
		assertThatThrownBy(() -> SimulatorCommandLine.translate("--replay-cycle", "0s"))
			.hasMessageStartingWith("--replay-cycle '0s': expected a positive duration");
	}

	@Test
	void aBadFaultNamesTheFlagAndTheAcceptedForms() {
		assertThatThrownBy(() -> SimulatorCommandLine.translate("--fault", "stuck:ORB-2@+30s"))
			.hasMessageStartingWith("--fault 'stuck:ORB-2@+30s': stuck needs a parameter")
			.hasMessageContaining("Accepted: TYPE:SPACECRAFT[:PARAMETER]@+OFFSET[/DURATION]");
		assertThatThrownBy(() -> SimulatorCommandLine.translate("--spacecraft", "2", "--fault", "silent:ORB-3@+1m"))
			.hasMessageContaining("no spacecraft 'ORB-3' in this run (ORB-1..ORB-2)");
	}

	@Test
	void aBadScenarioEntryNamesTheFileAndTheEntry() throws IOException {
		Path file = Files.writeString(this.dir.resolve("s.yaml"), "- silent:ORB-3@+1m\n- drift:ORB-1@+1m\n");
		assertThatThrownBy(() -> SimulatorCommandLine.translate("--scenario", file.toString()))
			.hasMessageStartingWith("--scenario " + file + ", entry 2: 'drift:ORB-1@+1m': drift needs a parameter");
		assertThatThrownBy(() -> SimulatorCommandLine.translate("--scenario", "nope.yaml"))
			.hasMessageContaining("--scenario 'nope.yaml': no such readable file");
	}

	@Test
	void badValuesNameTheFlag() {
		assertThatThrownBy(() -> SimulatorCommandLine.translate("--rate", "fast"))
			.hasMessage("--rate 'fast': expected frames per second per spacecraft, e.g. 1 or 0.5");
		assertThatThrownBy(() -> SimulatorCommandLine.translate("--rate", "0")).hasMessageStartingWith("--rate '0'");
		assertThatThrownBy(() -> SimulatorCommandLine.translate("--spacecraft", "0"))
			.hasMessage("--spacecraft '0': expected a whole number from 1 to 10000");
		assertThatThrownBy(() -> SimulatorCommandLine.translate("--duration", "soon"))
			.hasMessageStartingWith("--duration 'soon': expected a duration");
		assertThatThrownBy(() -> SimulatorCommandLine.translate("--target", "ftp://x"))
			.hasMessageStartingWith("--target 'ftp://x'");
		assertThatThrownBy(() -> SimulatorCommandLine.translate("--start", "yesterday"))
			.hasMessageStartingWith("--start 'yesterday'");
		assertThatThrownBy(() -> SimulatorCommandLine.translate("--seed")).hasMessage("--seed needs a value");
		assertThatThrownBy(() -> SimulatorCommandLine.translate("--warp", "3")).hasMessage("unknown option '--warp'");
	}

}

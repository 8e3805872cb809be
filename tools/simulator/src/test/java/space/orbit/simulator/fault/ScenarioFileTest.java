package space.orbit.simulator.fault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scenario files in YAML and JSON, bare lists or under faults:. */
class ScenarioFileTest {

	@TempDir
	Path dir;

	@Test
	void readsYamlUnderFaults() throws IOException {
		Path file = write("scenario.yaml", """
				# a demo
				faults:
				  - stuck:ORB-2:THERMAL.PANEL.TEMP@+30s
				  - silent:ORB-3@+1m/2m
				""");
		assertThat(ScenarioFile.read(file)).containsExactly("stuck:ORB-2:THERMAL.PANEL.TEMP@+30s",
				"silent:ORB-3@+1m/2m");
	}

	@Test
	void readsABareJsonList() throws IOException {
		Path file = write("scenario.json", "[\"spike:ORB-1:EPS.BATTERY.VOLTAGE@+10s\", \"clock:ORB-1@+1m\"]");
		assertThat(ScenarioFile.read(file)).containsExactly("spike:ORB-1:EPS.BATTERY.VOLTAGE@+10s", "clock:ORB-1@+1m");
	}

	@Test
	void refusesOtherShapes() throws IOException {
		Path map = write("map.yaml", "stuck: ORB-2\n");
		assertThatThrownBy(() -> ScenarioFile.read(map)).hasMessageContaining("must hold a YAML or JSON list");
		Path numbers = write("numbers.yaml", "- 1\n");
		assertThatThrownBy(() -> ScenarioFile.read(numbers)).hasMessageContaining("entry 1 (1) is not a fault spec");
		assertThatThrownBy(() -> ScenarioFile.read(this.dir.resolve("missing.yaml")))
			.hasMessageContaining("cannot read");
	}

	@Test
	void durationsReadAsPeopleTypeThem() {
		assertThat(Durations.parse("1h30m")).hasMinutes(90);
		assertThat(Durations.parse("500ms")).hasMillis(500);
		assertThat(Durations.format(Durations.parse("1d2h3m4s5ms"))).isEqualTo("1d2h3m4s5ms");
		assertThatThrownBy(() -> Durations.parse("")).hasMessageContaining("is not a duration");
		assertThatThrownBy(() -> Durations.parse("5")).hasMessageContaining("is not a duration");
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(this.dir.resolve(name), content);
	}

}

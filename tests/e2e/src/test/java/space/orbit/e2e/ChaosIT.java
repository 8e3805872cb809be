package space.orbit.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: a short chaos run (ADR 0026) — every kind of fault at least once under
 * telemetry load with mission faults — fails on any frame lost or stored, published or
 * archived twice, any mission fault without its alert, any alert twice, any 5xx but the
 * designed 503. {@code ./orbit chaos} runs this class with {@code orbit.chaos.duration},
 * {@code orbit.chaos.seed} and {@code orbit.chaos.report} set.
 */
class ChaosIT {

	@Test
	void nothingIsLostOrDuplicatedUnderAScheduleOfFaults() throws Exception {
		Duration duration = Duration.parse("PT" + System.getProperty("orbit.chaos.duration", "150s").toUpperCase());
		long seed = Long.getLong("orbit.chaos.seed", 18L);
		Path directory = Path.of(System.getProperty("orbit.chaos.report", "target/chaos"));
		try (Chaos chaos = new Chaos(duration, seed, directory)) {
			List<String> failed;
			try {
				chaos.start();
				chaos.run();
				failed = chaos.check();
			}
			finally {
				Path report = chaos.report();
				System.out.println(Files.readString(report));
			}
			if (System.getProperty("orbit.chaos.faults", "").isBlank()) {
				assertThat(chaos.schedule()).as("the schedule").hasSizeGreaterThanOrEqualTo(16);
				assertThat(Chaos.kinds(chaos.schedule())).as("the kinds of fault in the schedule")
					.isEqualTo(chaos.kinds())
					.contains("kill", "kill-two", "restart:kafka", "restart:mongodb", "restart:postgresql",
							"restart:rabbitmq", "restart:nats", "cut", "slow");
			}
			assertThat(failed).as("failed checks; see " + directory.resolve("chaos-report.md")).isEmpty();
		}
	}

}

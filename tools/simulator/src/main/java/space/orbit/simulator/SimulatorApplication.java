package space.orbit.simulator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Runs the telemetry simulator (port 8110):
 * {@code java -jar orbit-simulator-*-exec.jar --help}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SimulatorApplication {

	public static void main(String[] args) {
		String[] springArgs;
		try {
			springArgs = SimulatorCommandLine.translate(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println("simulator: " + ex.getMessage());
			System.err.println("Run with --help for every option.");
			System.exit(2);
			return;
		}
		if (springArgs == null) {
			System.out.println(SimulatorCommandLine.USAGE);
			return;
		}
		SpringApplication.run(SimulatorApplication.class, springArgs);
	}

}

package space.orbit.enricher;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The enricher: telemetry enriched by the mission database, archived in MongoDB. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EnricherApplication {

	public static void main(String[] args) {
		SpringApplication.run(EnricherApplication.class, args);
	}

}

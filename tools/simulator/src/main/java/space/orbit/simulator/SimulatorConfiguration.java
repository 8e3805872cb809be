package space.orbit.simulator;

import java.time.Clock;
import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import space.orbit.simulator.fault.FaultSchedule;
import space.orbit.simulator.model.ParameterCatalog;
import space.orbit.simulator.run.RunPlan;
import space.orbit.simulator.run.SimulationRunner;
import space.orbit.simulator.send.IngestCredentials;
import space.orbit.simulator.send.IngestSender;
import space.orbit.simulator.send.Pause;
import space.orbit.simulator.send.SendStats;
import space.orbit.simulator.stream.StreamSettings;

/** Wires the stream, the sender and the runner from {@link SimulatorProperties}. */
@Configuration(proxyBeanMethods = false)
class SimulatorConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SimulatorConfiguration.class);

	@Bean
	ParameterCatalog parameterCatalog(SimulatorProperties properties) {
		return ParameterCatalog.forFrame(properties.samplesPerFrame());
	}

	@Bean
	FaultSchedule faultSchedule(SimulatorProperties properties, ParameterCatalog catalog) {
		try {
			return FaultSchedule.parse(properties.allFaults(), properties.spacecraft(), catalog);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("orbit.simulator.faults / scenario: " + ex.getMessage(), ex);
		}
	}

	@Bean
	SendStats sendStats(MeterRegistry registry) {
		return new SendStats(registry);
	}

	@Bean
	IngestCredentials ingestCredentials(IngestCredentialsProperties properties) {
		IngestCredentials credentials = properties.credentials(Clock.systemUTC());
		log.info("Sending telemetry to ingest with {}", credentials);
		return credentials;
	}

	@Bean
	IngestSender ingestSender(SimulatorProperties properties, SendStats stats, IngestCredentials credentials) {
		return new IngestSender(IngestSender.defaultClient(), properties.target(), properties.maxRetries(), stats,
				Pause.REAL, credentials);
	}

	@Bean
	SimulationRunner simulationRunner(SimulatorProperties properties, FaultSchedule faults, IngestSender sender,
			SendStats stats, ConfigurableApplicationContext context) {
		StreamSettings stream = new StreamSettings(properties.seed(), properties.spacecraft(), properties.rate(),
				properties.startInstant(Instant.now()), properties.samplesPerFrame(), faults,
				properties.publishedOrbits());
		RunPlan plan = new RunPlan(stream, properties.target(), properties.effectiveBatchFrames(),
				properties.duration(), properties.connections(), properties.report(), properties.speed(),
				properties.replayCycle());
		Runnable whenDone = properties.exitWhenDone() ? () -> exit(context) : () -> {
		};
		return new SimulationRunner(plan, sender, stats, whenDone);
	}

	private static void exit(ConfigurableApplicationContext context) {
		new Thread(() -> System.exit(SpringApplication.exit(context)), "simulator-exit").start();
	}

}

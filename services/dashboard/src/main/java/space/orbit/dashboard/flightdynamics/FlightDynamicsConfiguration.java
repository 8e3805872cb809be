package space.orbit.dashboard.flightdynamics;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import space.orbit.dashboard.DashboardProperties;
import space.orbit.dashboard.stream.HeardSpacecraft;

/**
 * The planner, its worker client and its token, and the one thread that runs it every
 * {@code orbit.dashboard.flight-dynamics.poll-interval} while the dashboard runs.
 */
@Configuration(proxyBeanMethods = false)
class FlightDynamicsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(FlightDynamicsConfiguration.class);

	@Bean
	FlightDynamicsPlanner flightDynamicsPlanner(DashboardProperties properties, HeardSpacecraft fleet, JsonMapper json,
			Environment environment) {
		DashboardProperties.FlightDynamics settings = properties.flightDynamics();
		PlannerToken token = PlannerToken.NONE;
		if (environment.getProperty("orbit.security.enabled", Boolean.class, true)) {
			if (settings.client().secret().isBlank()) {
				String missing = "orbit.security.enabled is true but orbit.dashboard.flight-dynamics.client.secret "
						+ "(ORBIT_DASHBOARD_PLANNER_CLIENT_SECRET) is empty: set it to the auth service's "
						+ "ORBIT_AUTH_DASHBOARD_PLANNER_SECRET (client " + settings.client().id() + ", role operator)";
				log.warn("{}; until then the map and the passes say so", missing);
				token = PlannerToken.refusing(missing);
			}
			else {
				token = new ClientCredentialsToken(settings.client());
			}
		}
		WorkerJobs worker = new WorkerJobs(properties.upstream().worker(), properties.upstream().timeout(), token,
				json);
		return new FlightDynamicsPlanner(settings, properties.groundStations(), fleet, worker, Clock.systemUTC());
	}

	@Bean
	SmartLifecycle flightDynamicsSchedule(FlightDynamicsPlanner planner, DashboardProperties properties) {
		return new Schedule(planner, properties.flightDynamics());
	}

	/** Runs the planner on its own thread, from start to stop. */
	private static final class Schedule implements SmartLifecycle {

		private final FlightDynamicsPlanner planner;

		private final DashboardProperties.FlightDynamics settings;

		private ScheduledExecutorService executor;

		Schedule(FlightDynamicsPlanner planner, DashboardProperties.FlightDynamics settings) {
			this.planner = planner;
			this.settings = settings;
		}

		@Override
		public synchronized void start() {
			if (!this.settings.enabled()) {
				log.info("Flight dynamics off (orbit.dashboard.flight-dynamics.enabled=false)");
				return;
			}
			this.executor = Executors.newSingleThreadScheduledExecutor(
					Thread.ofPlatform().name("flight-dynamics-planner").daemon().factory());
			long every = this.settings.pollInterval().toMillis();
			this.executor.scheduleWithFixedDelay(this::tick, 0, every, TimeUnit.MILLISECONDS);
		}

		private void tick() {
			try {
				this.planner.tick();
			}
			catch (RuntimeException ex) {
				log.warn("The flight-dynamics planner's round failed: {}", ex.toString(), ex);
			}
		}

		@Override
		public synchronized void stop() {
			if (this.executor != null) {
				this.executor.shutdownNow();
				this.executor = null;
			}
		}

		@Override
		public synchronized boolean isRunning() {
			return this.executor != null;
		}

	}

}

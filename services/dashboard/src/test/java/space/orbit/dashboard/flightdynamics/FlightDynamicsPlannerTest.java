package space.orbit.dashboard.flightdynamics;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import space.orbit.dashboard.DashboardProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The planner without a worker to ask: it says so and names the setting, and keeps
 * trying; its settings refuse what the worker would.
 */
class FlightDynamicsPlannerTest {

	private static final DashboardProperties.FlightDynamics SETTINGS = new DashboardProperties.FlightDynamics(true,
			Duration.ofMinutes(10), Duration.ofSeconds(2), Duration.ofMinutes(95), Duration.ofMinutes(190),
			Duration.ofSeconds(30), Duration.ofHours(24), Duration.ofMinutes(5), 100,
			new DashboardProperties.Client("orbit-dashboard-planner", "", URI.create("http://127.0.0.1:9/token")));

	@Test
	void aWorkerThatDoesNotAnswerIsAStatusThatNamesTheSetting() throws Exception {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		WorkerJobs worker = new WorkerJobs(URI.create("http://127.0.0.1:" + closed), Duration.ofSeconds(2),
				PlannerToken.NONE, JsonMapper.builder().build());
		FlightDynamicsPlanner planner = new FlightDynamicsPlanner(SETTINGS,
				List.of(new DashboardProperties.GroundStation("Kiruna", 67.86, 20.96, 390, 5)), () -> List.of("ORB-1"),
				worker, Clock.systemUTC());
		assertThat(planner.status().state()).isEqualTo(PlannerStatus.WAITING);
		planner.tick();
		assertThat(planner.status().state()).isEqualTo(PlannerStatus.WORKER_UNAVAILABLE);
		assertThat(planner.status().detail()).contains("127.0.0.1:" + closed, "ORBIT_WORKER_URL");
		assertThat(planner.plans()).isEmpty();
	}

	@Test
	void withoutItsSecretThePlannerSaysWhichSettingIsMissing() {
		WorkerJobs worker = new WorkerJobs(URI.create("http://127.0.0.1:9"), Duration.ofSeconds(2),
				PlannerToken.refusing("ORBIT_DASHBOARD_PLANNER_CLIENT_SECRET is empty"), JsonMapper.builder().build());
		FlightDynamicsPlanner planner = new FlightDynamicsPlanner(SETTINGS, List.of(), () -> List.of("ORB-1"), worker,
				Clock.systemUTC());
		planner.tick();
		assertThat(planner.status().state()).isEqualTo(PlannerStatus.REFUSED);
		assertThat(planner.status().detail()).contains("ORBIT_DASHBOARD_PLANNER_CLIENT_SECRET");
	}

	@Test
	void aStepTheWorkerWouldRefuseIsRefusedAtStartUp() {
		assertThatThrownBy(() -> new DashboardProperties.FlightDynamics(true, Duration.ofMinutes(10),
				Duration.ofSeconds(2), Duration.ofMinutes(95), Duration.ofMinutes(190), Duration.ofHours(2),
				Duration.ofHours(24), Duration.ofMinutes(5), 100, SETTINGS.client()))
			.hasMessageContaining("orbit.dashboard.flight-dynamics.track-step");
	}

}

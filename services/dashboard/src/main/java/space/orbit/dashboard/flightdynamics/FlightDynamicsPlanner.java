package space.orbit.dashboard.flightdynamics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import space.orbit.dashboard.DashboardProperties;
import space.orbit.dashboard.stream.HeardSpacecraft;

/**
 * Plans each spacecraft heard: submits a ground track (the past and next orbits) and a
 * pass prediction (the ground stations, the next day) to the worker, reads them back when
 * done, and keeps the latest results. Called every poll interval by one thread
 * ({@link #tick()}); readers see immutable {@link Plan}s.
 */
final class FlightDynamicsPlanner {

	private static final Logger log = LoggerFactory.getLogger(FlightDynamicsPlanner.class);

	/** How soon a spacecraft is tried again after the worker could not be reached. */
	private static final Duration RETRY = Duration.ofSeconds(15);

	private final DashboardProperties.FlightDynamics settings;

	private final List<DashboardProperties.GroundStation> stations;

	private final HeardSpacecraft fleet;

	private final WorkerJobs worker;

	private final Clock clock;

	private final Map<String, Plan> plans = new ConcurrentHashMap<>();

	private final Map<String, Pending> pending = new HashMap<>();

	private final Map<String, Instant> due = new HashMap<>();

	private volatile PlannerStatus status;

	FlightDynamicsPlanner(DashboardProperties.FlightDynamics settings, List<DashboardProperties.GroundStation> stations,
			HeardSpacecraft fleet, WorkerJobs worker, Clock clock) {
		this.settings = settings;
		this.stations = List.copyOf(stations);
		this.fleet = fleet;
		this.worker = worker;
		this.clock = clock;
		this.status = new PlannerStatus(PlannerStatus.WAITING,
				"No spacecraft heard yet: the planner asks the worker for each one it hears", clock.instant());
	}

	PlannerStatus status() {
		return this.status;
	}

	List<DashboardProperties.GroundStation> stations() {
		return this.stations;
	}

	/** The plans, by spacecraft id. */
	List<Plan> plans() {
		return this.plans.values().stream().sorted(Comparator.comparing(Plan::spacecraftId)).toList();
	}

	/** One round: new and due spacecraft submitted, pending jobs read. */
	synchronized void tick() {
		Instant now = this.clock.instant();
		List<String> ids = this.fleet.spacecraftIds();
		for (String id : ids.subList(0, Math.min(ids.size(), this.settings.maxSpacecraft()))) {
			try {
				Pending jobs = this.pending.get(id);
				if (jobs != null) {
					read(id, jobs, now);
				}
				else if (!now.isBefore(this.due.getOrDefault(id, Instant.MIN))) {
					submit(id, now);
				}
			}
			catch (WorkerException ex) {
				if (ex.kind() == WorkerException.Kind.REJECTED) {
					this.pending.remove(id);
					this.due.put(id, now.plus(this.settings.refresh()));
					this.plans.compute(id,
							(key, old) -> ((old != null) ? old : Plan.empty(id)).withError(ex.getMessage()));
					continue;
				}
				this.due.put(id, now.plus(RETRY));
				update((ex.kind() == WorkerException.Kind.REFUSED) ? PlannerStatus.REFUSED
						: PlannerStatus.WORKER_UNAVAILABLE, ex.getMessage(), now);
				return;
			}
		}
	}

	private void submit(String id, Instant now) throws WorkerException {
		long step = this.settings.trackStep().toSeconds();
		Instant start = Instant
			.ofEpochSecond(Math.floorDiv(now.minus(this.settings.trackBehind()).getEpochSecond(), step) * step);
		Map<String, Object> track = new LinkedHashMap<>();
		track.put("type", "GROUND_TRACK");
		track.put("spacecraftId", id);
		track.put("start", start.toString());
		track.put("end", now.plus(this.settings.trackAhead()).toString());
		track.put("stepSeconds", step);
		String trackJob = this.worker.submit(track);
		String passJob = null;
		if (!this.stations.isEmpty()) {
			Map<String, Object> passes = new LinkedHashMap<>();
			passes.put("type", "PASS_PREDICTION");
			passes.put("spacecraftId", id);
			passes.put("start", now.minus(Duration.ofMinutes(20)).toString());
			passes.put("end", now.plus(this.settings.passHorizon()).toString());
			passes.put("stations", this.stations);
			passJob = this.worker.submit(passes);
		}
		this.pending.put(id, new Pending(trackJob, passJob, now));
		this.due.put(id, now.plus(this.settings.refresh()));
		log.info("Asked the worker for {}'s ground track (job {}) and passes (job {})", id, trackJob, passJob);
	}

	private void read(String id, Pending jobs, Instant now) throws WorkerException {
		JsonNode track = this.worker.job(jobs.trackJob());
		JsonNode passes = (jobs.passJob() != null) ? this.worker.job(jobs.passJob()) : null;
		String failed = (failure(track) != null) ? failure(track) : (passes != null) ? failure(passes) : null;
		if (failed != null) {
			this.pending.remove(id);
			this.plans.compute(id, (key, old) -> ((old != null) ? old : Plan.empty(id)).withError(failed));
			return;
		}
		boolean done = succeeded(track) && (passes == null || succeeded(passes));
		if (!done) {
			if (Duration.between(jobs.submittedAt(), now).compareTo(this.settings.jobTimeout()) > 0) {
				this.pending.remove(id);
				this.due.put(id, now);
				this.plans.compute(id,
						(key, old) -> ((old != null) ? old : Plan.empty(id))
							.withError("The worker did not finish within " + this.settings.jobTimeout()
									+ " (orbit.dashboard.flight-dynamics.job-timeout): asked again"));
			}
			return;
		}
		this.pending.remove(id);
		this.plans.put(id, new Plan(id, jobs.submittedAt(), jobs.trackJob(), trackPoints(track), jobs.passJob(),
				(passes != null) ? passes(id, jobs.passJob(), passes) : List.of(), null));
		update(PlannerStatus.READY, "Ground tracks and passes from the worker at " + this.worker.base(), now);
	}

	private void update(String state, String detail, Instant now) {
		PlannerStatus old = this.status;
		if (!old.state().equals(state)) {
			if (state.equals(PlannerStatus.READY)) {
				log.info("Flight dynamics: {}", detail);
			}
			else {
				log.warn("Flight dynamics {}: {}", state, detail);
			}
		}
		this.status = new PlannerStatus(state, detail, now);
	}

	private static String failure(JsonNode job) {
		String state = job.path("state").asString("");
		if (state.equals("FAILED") || state.equals("CANCELLED")) {
			return "The worker's job " + job.path("id").asString("") + " ended " + state + ": "
					+ job.path("error").asString("");
		}
		return null;
	}

	private static boolean succeeded(JsonNode job) {
		return job.path("state").asString("").equals("SUCCEEDED");
	}

	private static List<TrackPoint> trackPoints(JsonNode job) {
		List<TrackPoint> points = new ArrayList<>();
		for (JsonNode point : job.path("result").path("points")) {
			points.add(new TrackPoint(Instant.parse(point.get("time").asString()), point.get("latitude").asDouble(),
					point.get("longitude").asDouble(), point.get("altitude").asDouble()));
		}
		return List.copyOf(points);
	}

	private static List<Pass> passes(String id, String jobId, JsonNode job) {
		List<Pass> passes = new ArrayList<>();
		for (JsonNode pass : job.path("result").path("passes")) {
			passes.add(new Pass(id, pass.get("station").asString(), Instant.parse(pass.get("aos").asString()),
					Instant.parse(pass.get("los").asString()), Instant.parse(pass.get("maxElevationTime").asString()),
					pass.get("maxElevation").asDouble(), pass.path("partial").asBoolean(false), jobId));
		}
		return List.copyOf(passes);
	}

	/**
	 * The jobs of one spacecraft in flight.
	 *
	 * @param trackJob the ground track's job id
	 * @param passJob the pass prediction's job id, or null without stations
	 * @param submittedAt when
	 */
	private record Pending(String trackJob, String passJob, Instant submittedAt) {
	}

}

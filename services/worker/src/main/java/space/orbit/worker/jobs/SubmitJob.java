package space.orbit.worker.jobs;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import space.orbit.kit.web.InvalidRequestException;
import space.orbit.worker.orbits.TleLines;
import space.orbit.worker.registry.SpacecraftRegistry;
import space.orbit.worker.registry.UnknownSpacecraftException;

/**
 * Accepts a job: checks it, looks up the TLEs of the spacecraft it names, stores it as
 * QUEUED (undispatched) with its parameters resolved, puts it on the queue, and marks it
 * dispatched. A worker that dies in between leaves it to the outbox sweeper.
 */
@Component
class SubmitJob {

	private static final Logger log = LoggerFactory.getLogger(SubmitJob.class);

	private final JobValidator validator;

	private final SpacecraftRegistry registry;

	private final JobStore store;

	private final JobQueue queue;

	private final JsonMapper json;

	private final Clock clock;

	SubmitJob(JobValidator validator, SpacecraftRegistry registry, JobStore store, JobQueue queue, JsonMapper json,
			Clock clock) {
		this.validator = validator;
		this.registry = registry;
		this.store = store;
		this.queue = queue;
		this.json = json;
		this.clock = clock;
	}

	/** Submits {@code request} on behalf of {@code submittedBy} (the token's subject). */
	JobRecord submit(JobRequest request, String submittedBy) {
		this.validator.check(request);
		JobRequest resolved = resolve(request);
		UUID id = UUID.randomUUID();
		int priority = (request.priority() != null) ? request.priority() : 4;
		JobRecord job = this.store.insert(id, request.jobType(), priority, this.json.writeValueAsString(resolved),
				this.clock.instant(), submittedBy);
		try {
			this.queue.publish(id, priority);
		}
		catch (RuntimeException ex) {
			this.store.delete(id);
			throw ex;
		}
		try {
			this.store.dispatched(id);
		}
		catch (RuntimeException ex) {
			// The message is on the queue: the job will run. Left undispatched, it is
			// published once more by the sweeper, and the duplicate is dropped.
			log.warn("Job {} is queued but could not be marked dispatched: {}", id, ex.getMessage());
		}
		return job;
	}

	private JobRequest resolve(JobRequest request) {
		return switch (request) {
			case JobRequest.PassPrediction r -> r.withTle(tle(r.spacecraftId(), r.tle()));
			case JobRequest.GroundTrack r -> r.withTle(tle(r.spacecraftId(), r.tle()));
			case JobRequest.ConjunctionScreening r -> {
				List<JobRequest.CatalogEntry> catalog = new ArrayList<>();
				for (int i = 0; i < r.catalog().size(); i++) {
					JobRequest.CatalogEntry entry = r.catalog().get(i);
					JobValidator.parses("/objects/" + i + "/tle", entry.tle());
					catalog.add(entry);
				}
				for (int i = 0; i < r.spacecraft().size(); i++) {
					String id = r.spacecraft().get(i);
					catalog.add(new JobRequest.CatalogEntry(id, registered(id, "/spacecraftIds/" + i)));
				}
				yield new JobRequest.ConjunctionScreening(r.priority(), catalog, null, r.start(), r.end(),
						r.thresholdKm());
			}
			case JobRequest.SpectralAnalysis r -> r;
		};
	}

	private TleLines tle(String spacecraftId, TleLines given) {
		if (given != null) {
			JobValidator.parses("/tle", given);
			return given;
		}
		return registered(spacecraftId, "/spacecraftId");
	}

	/** The TLE of a spacecraft of the mission database, named at {@code pointer}. */
	private TleLines registered(String spacecraftId, String pointer) {
		TleLines tle;
		try {
			tle = this.registry.tleOf(spacecraftId);
		}
		catch (UnknownSpacecraftException ex) {
			throw InvalidRequestException.at(pointer, "unknown_spacecraft", ex.getMessage());
		}
		JobValidator.parses(pointer, tle);
		return tle;
	}

}

package space.orbit.worker.jobs;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import space.orbit.worker.orbits.TleLines;
import space.orbit.worker.registry.SpacecraftRegistry;

/**
 * Accepts a job: checks it, looks up the TLEs of the spacecraft it names, stores it as
 * QUEUED with its parameters resolved, and puts it on the queue.
 */
@Component
class SubmitJob {

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

	JobRecord submit(JobRequest request) {
		this.validator.check(request);
		JobRequest resolved = resolve(request);
		UUID id = UUID.randomUUID();
		int priority = (request.priority() != null) ? request.priority() : 4;
		JobRecord job = this.store.insert(id, request.jobType(), priority, this.json.writeValueAsString(resolved),
				this.clock.instant());
		try {
			this.queue.publish(id, priority);
		}
		catch (RuntimeException ex) {
			this.store.delete(id);
			throw ex;
		}
		return job;
	}

	private JobRequest resolve(JobRequest request) {
		return switch (request) {
			case JobRequest.PassPrediction r -> r.withTle(tle(r.spacecraftId(), r.tle(), "tle"));
			case JobRequest.GroundTrack r -> r.withTle(tle(r.spacecraftId(), r.tle(), "tle"));
			case JobRequest.ConjunctionScreening r -> {
				List<JobRequest.CatalogEntry> catalog = new ArrayList<>();
				for (int i = 0; i < r.catalog().size(); i++) {
					JobRequest.CatalogEntry entry = r.catalog().get(i);
					JobValidator.parses("objects[" + i + "].tle", entry.tle());
					catalog.add(entry);
				}
				for (String id : r.spacecraft()) {
					catalog.add(new JobRequest.CatalogEntry(id, tle(id, null, "spacecraftIds")));
				}
				yield new JobRequest.ConjunctionScreening(r.priority(), catalog, null, r.start(), r.end(),
						r.thresholdKm());
			}
			case JobRequest.SpectralAnalysis r -> r;
		};
	}

	private TleLines tle(String spacecraftId, TleLines given, String field) {
		TleLines tle = (given != null) ? given : this.registry.tleOf(spacecraftId);
		JobValidator.parses(field, tle);
		return tle;
	}

}

package space.orbit.worker.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import space.orbit.worker.WorkerProperties;
import space.orbit.worker.compute.InvalidInputException;
import space.orbit.worker.orbits.GroundStation;
import space.orbit.worker.orbits.Sgp4;
import space.orbit.worker.orbits.TleLines;

/**
 * What bean validation cannot say about a request: time spans, sizes against the limits,
 * either a TLE or a spacecraft id, TLEs that parse.
 */
@Component
class JobValidator {

	private final WorkerProperties.Limits limits;

	JobValidator(WorkerProperties properties) {
		this.limits = properties.limits();
	}

	void check(JobRequest request) {
		switch (request) {
			case JobRequest.PassPrediction r -> {
				span("end", r.start(), r.end());
				oneSource(r.spacecraftId(), r.tle());
				stations(r.stations());
			}
			case JobRequest.GroundTrack r -> {
				span("end", r.start(), r.end());
				oneSource(r.spacecraftId(), r.tle());
				double points = Duration.between(r.start(), r.end()).toMillis() / 1000.0 / r.step() + 1;
				if (points > this.limits.maxTrackPoints()) {
					throw new InvalidJobException("stepSeconds",
							"The track would have " + (long) points + " points, more than "
									+ this.limits.maxTrackPoints() + ": shorten it or take a longer step.");
				}
			}
			case JobRequest.ConjunctionScreening r -> {
				span("end", r.start(), r.end());
				catalog(r);
			}
			case JobRequest.SpectralAnalysis r -> span("to", r.from(), r.to());
		}
	}

	/** Checks that TLEs given inline parse (after ids were resolved, all of them). */
	static void parses(String field, TleLines tle) {
		try {
			Sgp4.parse(tle);
		}
		catch (InvalidInputException ex) {
			throw new InvalidJobException(field, ex.getMessage());
		}
	}

	private void span(String field, Instant start, Instant end) {
		if (!start.isBefore(end)) {
			throw new InvalidJobException(field, "The end (" + end + ") must come after the start (" + start + ").");
		}
		if (Duration.between(start, end).compareTo(this.limits.maxHorizon()) > 0) {
			throw new InvalidJobException(field,
					"The time span is longer than the limit of " + this.limits.maxHorizon().toHours() + " hours.");
		}
	}

	private static void oneSource(String spacecraftId, TleLines tle) {
		if ((spacecraftId == null || spacecraftId.isBlank()) == (tle == null)) {
			throw new InvalidJobException("tle", "Give either 'tle' or 'spacecraftId', not both nor neither.");
		}
	}

	private void stations(List<GroundStation> stations) {
		if (stations.size() > this.limits.maxStations()) {
			throw new InvalidJobException("stations",
					"At most " + this.limits.maxStations() + " stations, not " + stations.size() + ".");
		}
		Set<String> names = new HashSet<>();
		for (GroundStation station : stations) {
			if (!names.add(station.name())) {
				throw new InvalidJobException("stations",
						"Station names must differ: '" + station.name() + "' appears twice.");
			}
		}
	}

	private void catalog(JobRequest.ConjunctionScreening r) {
		int size = r.catalog().size() + r.spacecraft().size();
		if (size < 2 || size > this.limits.maxCatalog()) {
			throw new InvalidJobException("objects",
					"A screening needs 2 to " + this.limits.maxCatalog() + " objects, not " + size + ".");
		}
		Set<String> ids = new HashSet<>();
		for (JobRequest.CatalogEntry entry : r.catalog()) {
			if (!ids.add(entry.id())) {
				throw new InvalidJobException("objects", "Object ids must differ: '" + entry.id() + "' appears twice.");
			}
		}
		for (String id : r.spacecraft()) {
			if (!ids.add(id)) {
				throw new InvalidJobException("spacecraftIds", "Object ids must differ: '" + id + "' appears twice.");
			}
		}
	}

}

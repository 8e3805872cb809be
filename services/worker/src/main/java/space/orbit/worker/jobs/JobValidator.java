package space.orbit.worker.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import space.orbit.kit.web.InvalidRequestException;
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
				span("/end", r.start(), r.end());
				oneSource(r.spacecraftId(), r.tle());
				stations(r.stations());
			}
			case JobRequest.GroundTrack r -> {
				span("/end", r.start(), r.end());
				oneSource(r.spacecraftId(), r.tle());
				double points = Duration.between(r.start(), r.end()).toMillis() / 1000.0 / r.step() + 1;
				if (points > this.limits.maxTrackPoints()) {
					throw InvalidRequestException.at("/stepSeconds", "too_many_points",
							"The track would have " + (long) points + " points, more than "
									+ this.limits.maxTrackPoints() + ": shorten it or take a longer step.");
				}
			}
			case JobRequest.ConjunctionScreening r -> {
				span("/end", r.start(), r.end());
				catalog(r);
			}
			case JobRequest.SpectralAnalysis r -> span("/to", r.from(), r.to());
		}
	}

	/**
	 * Checks that a TLE parses (given inline or found in the mission database).
	 * @param pointer where in the request it came from
	 */
	static void parses(String pointer, TleLines tle) {
		try {
			Sgp4.parse(tle);
		}
		catch (InvalidInputException ex) {
			throw InvalidRequestException.at(pointer, "invalid_tle", ex.getMessage());
		}
	}

	private void span(String pointer, Instant start, Instant end) {
		if (!start.isBefore(end)) {
			throw InvalidRequestException.at(pointer, "end_before_start",
					"The end (" + end + ") must come after the start (" + start + ").");
		}
		if (Duration.between(start, end).compareTo(this.limits.maxHorizon()) > 0) {
			throw InvalidRequestException.at(pointer, "span_too_long",
					"The time span is longer than the limit of " + this.limits.maxHorizon().toHours() + " hours.");
		}
	}

	private static void oneSource(String spacecraftId, TleLines tle) {
		if ((spacecraftId == null || spacecraftId.isBlank()) == (tle == null)) {
			throw InvalidRequestException.at("/tle", "tle_or_spacecraft",
					"Give either 'tle' or 'spacecraftId', not both nor neither.");
		}
	}

	private void stations(List<GroundStation> stations) {
		if (stations.size() > this.limits.maxStations()) {
			throw InvalidRequestException.at("/stations", "too_many",
					"At most " + this.limits.maxStations() + " stations, not " + stations.size() + ".");
		}
		Set<String> names = new HashSet<>();
		for (int i = 0; i < stations.size(); i++) {
			if (!names.add(stations.get(i).name())) {
				throw InvalidRequestException.at("/stations/" + i + "/name", "duplicate_name",
						"Station names must differ: '" + stations.get(i).name() + "' appears twice.");
			}
		}
	}

	private void catalog(JobRequest.ConjunctionScreening r) {
		int size = r.catalog().size() + r.spacecraft().size();
		if (size < 2 || size > this.limits.maxCatalog()) {
			throw InvalidRequestException.at("/objects", "catalog_size",
					"A screening needs 2 to " + this.limits.maxCatalog() + " objects, not " + size + ".");
		}
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < r.catalog().size(); i++) {
			duplicate(ids, r.catalog().get(i).id(), "/objects/" + i + "/id");
		}
		for (int i = 0; i < r.spacecraft().size(); i++) {
			duplicate(ids, r.spacecraft().get(i), "/spacecraftIds/" + i);
		}
	}

	private static void duplicate(Set<String> ids, String id, String pointer) {
		if (!ids.add(id)) {
			throw InvalidRequestException.at(pointer, "duplicate_id",
					"Object ids must differ: '" + id + "' appears twice.");
		}
	}

}

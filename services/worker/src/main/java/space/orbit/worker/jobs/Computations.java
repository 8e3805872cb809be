package space.orbit.worker.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.orekit.propagation.analytical.tle.TLE;

import org.springframework.stereotype.Component;
import space.orbit.worker.compute.Progress;
import space.orbit.worker.orbits.CatalogObject;
import space.orbit.worker.orbits.ConjunctionScreener;
import space.orbit.worker.orbits.GroundTracker;
import space.orbit.orekit.OrekitData;
import space.orbit.worker.orbits.Pass;
import space.orbit.worker.orbits.PassPredictor;
import space.orbit.worker.orbits.Sgp4;
import space.orbit.worker.orbits.TrackPoint;
import space.orbit.worker.spectral.SamplesClient;
import space.orbit.worker.spectral.Series;
import space.orbit.worker.spectral.SpectralAnalyzer;
import space.orbit.worker.spectral.Spectrum;

/** Runs the computation a job's type names; its result becomes the job's result JSON. */
@Component
class Computations {

	private final SamplesClient samples;

	Computations(SamplesClient samples) {
		this.samples = samples;
	}

	Object run(JobRequest request, Progress progress) {
		return switch (request) {
			case JobRequest.PassPrediction r -> {
				TLE tle = Sgp4.parse(r.tle());
				yield new Passes(tle.getSatelliteNumber(), epoch(tle),
						new PassPredictor().predict(tle, r.stations(), r.start(), r.end(), progress));
			}
			case JobRequest.GroundTrack r -> {
				TLE tle = Sgp4.parse(r.tle());
				Duration step = Duration.ofMillis(Math.round(r.step() * 1000));
				yield new Track(tle.getSatelliteNumber(), epoch(tle),
						new GroundTracker().track(tle, r.start(), r.end(), step, progress));
			}
			case JobRequest.ConjunctionScreening r -> {
				List<CatalogObject> catalog = r.catalog()
					.stream()
					.map((entry) -> new CatalogObject(entry.id(), Sgp4.parse(entry.tle())))
					.toList();
				yield new ConjunctionScreener().screen(catalog, r.start(), r.end(), r.thresholdKm(), progress);
			}
			case JobRequest.SpectralAnalysis r -> {
				Series series = this.samples.read(r.spacecraftId(), r.parameter(), r.from(), r.to(),
						(fraction) -> progress.report(0.8 * fraction));
				Spectrum spectrum = new SpectralAnalyzer().analyze(series.times(), series.values(), r.peakCount());
				progress.report(1);
				yield spectrum;
			}
		};
	}

	private static Instant epoch(TLE tle) {
		return Sgp4.of(tle).epoch().toInstant(OrekitData.timeScales());
	}

	/**
	 * The result of a pass prediction.
	 *
	 * @param noradId the satellite number of the TLE used
	 * @param tleEpoch the TLE's epoch
	 * @param passes the windows, by AOS
	 */
	record Passes(int noradId, Instant tleEpoch, List<Pass> passes) {
	}

	/**
	 * The result of a ground track.
	 *
	 * @param noradId the satellite number of the TLE used
	 * @param tleEpoch the TLE's epoch
	 * @param points the sub-satellite points
	 */
	record Track(int noradId, Instant tleEpoch, List<TrackPoint> points) {
	}

}

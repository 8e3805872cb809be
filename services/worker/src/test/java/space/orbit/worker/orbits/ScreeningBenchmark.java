package space.orbit.worker.orbits;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.orekit.time.AbsoluteDate;

import space.orbit.worker.compute.Progress;

/**
 * Measures SGP4 propagations per second and the screening of a random catalog against the
 * brute-force reference; the figures go to docs/benchmarks.md. Run with the test class
 * path: {@code java -cp ... space.orbit.worker.orbits.ScreeningBenchmark [objects]
 * [hours] [thresholdKm]}.
 */
public final class ScreeningBenchmark {

	private ScreeningBenchmark() {
	}

	public static void main(String[] args) {
		int objects = (args.length > 0) ? Integer.parseInt(args[0]) : 2000;
		int hours = (args.length > 1) ? Integer.parseInt(args[1]) : 24;
		double threshold = (args.length > 2) ? Double.parseDouble(args[2]) : 5;
		boolean bruteForce = args.length <= 3 || !"--no-brute-force".equals(args[3]);
		Instant start = Instant.parse("2026-11-21T00:00:00Z");
		Instant end = start.plus(Duration.ofHours(hours));
		List<CatalogObject> catalog = Catalogs.random(objects, 42, start.minus(Duration.ofHours(12)), 450, 650);
		propagationsPerSecond(catalog);
		propagationsPerSecond(catalog);
		new ConjunctionScreener().screen(catalog.subList(0, Math.min(200, objects)), start,
				start.plus(Duration.ofHours(2)), threshold, Progress.NONE);
		long t0 = System.nanoTime();
		Screening screening = new ConjunctionScreener().screen(catalog, start, end, threshold, Progress.NONE);
		double screenSeconds = (System.nanoTime() - t0) / 1e9;
		System.out.printf(
				"screening: %d objects, %d h, threshold %.1f km: %.2f s, %d approaches, %d candidates,"
						+ " %d dropped by altitude%n",
				objects, hours, threshold, screenSeconds, screening.conjunctions().size(), screening.candidates(),
				screening.filteredByAltitude());
		if (bruteForce) {
			long t1 = System.nanoTime();
			List<Conjunction> reference = new BruteForceScreener(ConjunctionScreener.DEFAULT_SWEEP_STEP).screen(catalog,
					start, end, threshold);
			double bruteSeconds = (System.nanoTime() - t1) / 1e9;
			System.out.printf("brute force: %.2f s, %d approaches; speed-up %.1fx; same approaches: %s%n", bruteSeconds,
					reference.size(), bruteSeconds / screenSeconds,
					ConjunctionScreenerTest.unmatched(reference, screening.conjunctions()).isEmpty()
							&& ConjunctionScreenerTest.unmatched(screening.conjunctions(), reference).isEmpty());
		}
	}

	private static void propagationsPerSecond(List<CatalogObject> catalog) {
		Sgp4 sgp4 = Sgp4.of(catalog.get(0).tle());
		AbsoluteDate epoch = sgp4.epoch();
		int count = 2_000_000;
		double sum = 0;
		long t0 = System.nanoTime();
		for (int i = 0; i < count; i++) {
			sum += sgp4.at(epoch.shiftedBy(i * 10.0)).position().getX();
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		System.out.printf("SGP4: %.0f propagations/s on one thread (checksum %.1f)%n", count / seconds, sum);
	}

}

package space.orbit.worker.orbits;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import space.orbit.worker.compute.Progress;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screener finds every close approach the brute-force reference finds (and nothing
 * else) on random catalogs: a property checked over seeds.
 */
class ConjunctionScreenerTest {

	static final Instant START = Instant.parse("2026-11-21T00:00:00Z");

	static final double THRESHOLD_KM = 50;

	/** Brute-force sampling step, seconds: fine enough not to bracket two approaches. */
	static final double BRUTE_FORCE_STEP = 20;

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 })
	void findsWhatBruteForceFinds(long seed) {
		List<CatalogObject> catalog = Catalogs.random(60, seed, START.minus(Duration.ofHours(6)), 530, 570);
		Instant end = START.plus(Duration.ofHours(8));

		Screening screening = new ConjunctionScreener().screen(catalog, START, end, THRESHOLD_KM, Progress.NONE);
		List<Conjunction> reference = new BruteForceScreener(BRUTE_FORCE_STEP).screen(catalog, START, end,
				THRESHOLD_KM);

		assertThat(unmatched(reference, screening.conjunctions())).as("found by brute force only").isEmpty();
		assertThat(unmatched(screening.conjunctions(), reference)).as("found by the screener only").isEmpty();
		assertThat(screening.conjunctions()).allSatisfy((c) -> {
			assertThat(c.missDistance()).isLessThan(THRESHOLD_KM);
			assertThat(c.tca()).isBetween(START, end);
		});
		System.out.printf("seed %d: %d approaches under %.0f km (brute force %d), %d candidates%n", seed,
				screening.conjunctions().size(), THRESHOLD_KM, reference.size(), screening.candidates());
		assertThat(reference).isNotEmpty();
	}

	@Test
	void aRandomCatalogHasCloseApproachesToFind() {
		List<CatalogObject> catalog = Catalogs.random(40, 1, START.minus(Duration.ofHours(6)), 530, 570);

		Screening screening = new ConjunctionScreener().screen(catalog, START, START.plus(Duration.ofHours(6)),
				THRESHOLD_KM, Progress.NONE);

		assertThat(screening.conjunctions()).isNotEmpty();
		assertThat(screening.objects()).isEqualTo(40);
		assertThat(screening.failed()).isEmpty();
	}

	@Test
	void dropsObjectsThatNeverShareAnAltitude() {
		List<CatalogObject> catalog = new ArrayList<>(Catalogs.random(10, 7, START, 530, 570));
		catalog.addAll(Catalogs.random(1, 8, START, 1500, 1501)
			.stream()
			.map((o) -> new CatalogObject("HIGH", o.tle()))
			.toList());

		Screening screening = new ConjunctionScreener().screen(catalog, START, START.plus(Duration.ofHours(2)),
				THRESHOLD_KM, Progress.NONE);

		assertThat(screening.filteredByAltitude()).isEqualTo(1);
		assertThat(screening.conjunctions()).noneMatch((c) -> c.objectA().equals("HIGH") || c.objectB().equals("HIGH"));
	}

	/**
	 * Approaches in {@code expected} with no counterpart in {@code actual} (same pair,
	 * TCA within 1 s, miss within 1 m), leaving out those within 10 m of the threshold,
	 * where either side may round across it.
	 */
	static List<Conjunction> unmatched(List<Conjunction> expected, List<Conjunction> actual) {
		return expected.stream()
			.filter((e) -> e.missDistance() < THRESHOLD_KM - 0.01)
			.filter((e) -> actual.stream()
				.noneMatch((a) -> a.objectA().equals(e.objectA()) && a.objectB().equals(e.objectB())
						&& Math.abs(Duration.between(a.tca(), e.tca()).toMillis()) < 1000
						&& Math.abs(a.missDistance() - e.missDistance()) < 1e-3))
			.toList();
	}

}

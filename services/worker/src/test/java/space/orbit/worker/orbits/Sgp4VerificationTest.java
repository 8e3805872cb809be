package space.orbit.worker.orbits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.orekit.propagation.analytical.tle.TLE;

import space.orbit.worker.compute.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The worker's SGP4 against the published verification set (Vallado, Crawford, Hujsak,
 * Kelso, "Revisiting Spacetrack Report #3", AIAA 2006-6753): every run of every test
 * satellite in {@code SGP4-VER.TLE}, time by time as the reference driver steps it. Where
 * the reference printed a state, the worker's must match it; where the reference stopped
 * (the satellites designed to fail), the worker must report an error there, with the
 * reference's error code.
 */
class Sgp4VerificationTest {

	/** Position tolerance, km (1 cm). */
	static final double POSITION_TOLERANCE_KM = 1e-5;

	/** Velocity tolerance, km/s (1e-8 km/s: 10 micrometres per second). */
	static final double VELOCITY_TOLERANCE_KM_S = 1e-8;

	/**
	 * Where the reference stops, and with which of its error codes (1: mean eccentricity
	 * out of range, 3: perturbed eccentricity out of range, 4: negative semi-latus
	 * rectum, 6: decayed), as its driver reports them; {@code tcppver.out} shows only
	 * that the output stops.
	 */
	static final Map<String, Integer> REFERENCE_ERRORS = Map.of("22312 at 494.2028672", 1, "28350 at 1560.0", 1,
			"28872 at 55.0", 6, "29141 at 440.0", 6, "33333 at 25.0", 4, "33334 at 0.0", 3, "20413 at 1844345.0", 6);

	@Test
	void matchesEveryStateOfTheReferenceAndStopsWhereItStops() throws IOException {
		List<Run> runs = runs();
		List<List<double[]>> blocks = reference();
		assertThat(runs).hasSize(33);
		assertThat(blocks).hasSize(runs.size());

		int compared = 0;
		double worstPosition = 0;
		double worstVelocity = 0;
		List<String> failures = new ArrayList<>();
		Map<String, Integer> errors = new LinkedHashMap<>();
		for (int r = 0; r < runs.size(); r++) {
			Run run = runs.get(r);
			List<double[]> rows = blocks.get(r);
			if (run.satellite() == 33334) {
				// The reference driver found no state at the epoch and printed the last
				// line
				// of the previous satellite again: not a state of 33334.
				List<double[]> previous = blocks.get(r - 1);
				assertThat(rows).hasSize(1);
				assertThat(Arrays.copyOfRange(rows.get(0), 1, 7))
					.containsExactly(Arrays.copyOfRange(previous.get(previous.size() - 1), 1, 7));
				rows = List.of();
			}
			List<Double> times = run.times();
			Sgp4 sgp4 = null;
			for (int k = 0; k < times.size(); k++) {
				double t = times.get(k);
				try {
					if (sgp4 == null) {
						sgp4 = Sgp4.of(run.tle());
					}
					Sgp4.State state = sgp4.atMinutes(t);
					if (k >= rows.size()) {
						failures.add(run.satellite() + " at " + t + " min: a state where the reference has none");
						break;
					}
					double[] row = rows.get(k);
					// The file prints minutes to 8 decimals; the driver's times
					// accumulate steps.
					assertThat(row[0]).isCloseTo(t, within(1e-8));
					double dr = distance(state.position().toArray(), row, 1);
					double dv = distance(state.velocity().toArray(), row, 4);
					worstPosition = Math.max(worstPosition, dr);
					worstVelocity = Math.max(worstVelocity, dv);
					if (!(dr <= POSITION_TOLERANCE_KM && dv <= VELOCITY_TOLERANCE_KM_S)) {
						failures.add(run.satellite() + " at " + t + " min: " + dr + " km, " + dv + " km/s");
					}
					compared++;
				}
				catch (InvalidInputException ex) {
					if (k < rows.size()) {
						failures.add(run.satellite() + " at " + t + " min: " + ex.getMessage());
					}
					else {
						errors.put(run.satellite() + " at " + t, errorCode(ex));
					}
					break;
				}
			}
		}
		System.out.printf("SGP4 verification: %d states of %d runs, worst %.3e km, %.3e km/s%n", compared, runs.size(),
				worstPosition, worstVelocity);
		assertThat(failures).isEmpty();
		assertThat(errors).isEqualTo(REFERENCE_ERRORS);
		assertThat(compared).isGreaterThan(500);
	}

	@Test
	void reportsTheErrorOfTheSatelliteWithNoStateAtItsEpoch() throws IOException {
		Run run = runs().stream().filter((r) -> r.satellite() == 33334).findFirst().orElseThrow();

		assertThatThrownBy(() -> Sgp4.of(run.tle()).atMinutes(0)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("33334")
			.hasMessageContaining("perturbed eccentricity")
			.hasMessageContaining("SGP4 error 3");
	}

	/** The reference's error code, from the message of the worker's error. */
	private static int errorCode(InvalidInputException ex) {
		Matcher matcher = Pattern.compile("SGP4 error (\\d)").matcher(ex.getMessage());
		assertThat(matcher.find()).as("an SGP4 error code in: %s", ex.getMessage()).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	private static double distance(double[] actual, double[] row, int offset) {
		double sum = 0;
		for (int i = 0; i < 3; i++) {
			double d = actual[i] - row[offset + i];
			sum += d * d;
		}
		return Math.sqrt(sum);
	}

	/** One verification run: an element set and the times of the reference driver. */
	record Run(TLE tle, double start, double stop, double step) {

		int satellite() {
			return this.tle.getSatelliteNumber();
		}

		/**
		 * The times the reference driver propagates to: the epoch, then start to stop by
		 * step, then stop itself if the steps missed it.
		 */
		List<Double> times() {
			List<Double> times = new ArrayList<>();
			times.add(0.0);
			double t = this.start;
			while (t <= this.stop) {
				if (!(t == 0.0 && this.start == 0.0)) {
					times.add(t);
				}
				t += this.step;
			}
			if (t - this.stop < this.step - 1e-6) {
				times.add(this.stop);
			}
			return times;
		}

	}

	/** The runs of {@code SGP4-VER.TLE}, in file order. */
	static List<Run> runs() throws IOException {
		List<Run> runs = new ArrayList<>();
		String line1 = null;
		for (String line : lines("SGP4-VER.TLE")) {
			if (line.startsWith("1 ")) {
				line1 = line.substring(0, 69);
			}
			else if (line.startsWith("2 ") && line1 != null) {
				String[] run = line.substring(69).trim().split("\\s+");
				// The set's made-up satellites (33333...) are edited copies with stale
				// checksums.
				TLE tle = Sgp4.parse(new TleLines(withChecksum(line1), withChecksum(line.substring(0, 69))));
				runs.add(new Run(tle, Double.parseDouble(run[0]), Double.parseDouble(run[1]),
						Double.parseDouble(run[2])));
			}
		}
		return runs;
	}

	/**
	 * The blocks of {@code tcppver.out}, in file order: per run, rows of minutes from
	 * epoch, x, y, z (km), vx, vy, vz (km/s).
	 */
	static List<List<double[]>> reference() throws IOException {
		List<List<double[]>> blocks = new ArrayList<>();
		for (String line : lines("tcppver.out")) {
			String[] fields = line.trim().split("\\s+");
			if (line.contains("xx")) {
				blocks.add(new ArrayList<>());
			}
			else if (fields.length >= 7 && !blocks.isEmpty()) {
				double[] row = new double[7];
				for (int i = 0; i < 7; i++) {
					row[i] = Double.parseDouble(fields[i]);
				}
				blocks.get(blocks.size() - 1).add(row);
			}
		}
		return blocks;
	}

	static String withChecksum(String line) {
		int sum = 0;
		for (int i = 0; i < 68; i++) {
			char c = line.charAt(i);
			sum += Character.isDigit(c) ? c - '0' : (c == '-') ? 1 : 0;
		}
		return line.substring(0, 68) + (sum % 10);
	}

	private static List<String> lines(String name) throws IOException {
		try (InputStream in = Sgp4VerificationTest.class.getResourceAsStream("/sgp4-verification/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines().toList();
		}
	}

}

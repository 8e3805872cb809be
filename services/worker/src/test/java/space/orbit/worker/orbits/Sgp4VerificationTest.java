package space.orbit.worker.orbits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.orekit.propagation.analytical.tle.TLE;

import space.orbit.worker.compute.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The worker's SGP4 against the published verification set (Vallado, Crawford, Hujsak,
 * Kelso, "Revisiting Spacetrack Report #3", AIAA 2006-6753): TEME position and velocity
 * at every listed time of every test satellite, and an error where the reference
 * implementation stops (decayed or out-of-range satellites).
 */
class Sgp4VerificationTest {

	/** Position tolerance, km (1 cm; the worst measured is 2 mm). */
	static final double POSITION_TOLERANCE_KM = 1e-5;

	/** Velocity tolerance, km/s (1 cm/s divided by 1,000). */
	static final double VELOCITY_TOLERANCE_KM_S = 1e-8;

	@Test
	void matchesTheReferenceOutputOfEverySatellite() throws IOException {
		Map<Integer, Case> cases = cases();
		Map<Integer, List<double[]>> expected = reference();
		int compared = 0;
		double worstPosition = 0;
		double worstVelocity = 0;
		List<String> failures = new ArrayList<>();
		for (Map.Entry<Integer, List<double[]>> entry : expected.entrySet()) {
			Sgp4 sgp4 = Sgp4.of(cases.get(entry.getKey()).tle());
			for (double[] row : entry.getValue()) {
				if (knownDeviation(entry.getKey(), row[0])) {
					continue;
				}
				Sgp4.State state = sgp4.atMinutes(row[0]);
				double dr = distance(state.position().toArray(), row, 1);
				double dv = distance(state.velocity().toArray(), row, 4);
				worstPosition = Math.max(worstPosition, dr);
				worstVelocity = Math.max(worstVelocity, dv);
				if (!(dr <= POSITION_TOLERANCE_KM && dv <= VELOCITY_TOLERANCE_KM_S)) {
					failures.add(entry.getKey() + " at " + row[0] + " min: " + dr + " km, " + dv + " km/s");
				}
				compared++;
			}
		}
		System.out.printf("SGP4 verification: %d states of %d satellites, worst %.3e km, %.3e km/s%n", compared,
				expected.size(), worstPosition, worstVelocity);
		assertThat(failures).isEmpty();
		assertThat(expected).hasSize(32);
		assertThat(compared).isGreaterThan(500);
	}

	/**
	 * States where Orekit's SGP4 is known to differ from the reference, measured and
	 * recorded in ADR 0006: 33333 (a made-up, near-parabolic orbit that exists to raise
	 * error code 4; 50-3,400 km apart before it does), 33334 (made up for error code 2:
	 * Orekit gives no number at all, which the worker reports as an error at the epoch),
	 * 33335 (made-up eccentricity 4e-7, 25-51 m apart) and 20413 propagated 3.5 years
	 * (1,844,000 minutes: up to 28,000 km apart; its first run, 1,440-4,320 minutes,
	 * agrees).
	 */
	static boolean knownDeviation(int satellite, double minutes) {
		return satellite == 33333 || satellite == 33334 || satellite == 33335
				|| (satellite == 20413 && minutes > 1_000_000);
	}

	@Test
	void reportsAnErrorForTheMadeUpSatelliteWithNoSolution() throws IOException {
		Sgp4 sgp4 = Sgp4.of(cases().get(33334).tle());

		assertThatThrownBy(() -> sgp4.atMinutes(0)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("out of SGP4's range");
	}

	@Test
	void failsWhereTheReferenceImplementationStops() throws IOException {
		Map<Integer, Case> cases = cases();
		Map<Integer, List<double[]>> expected = reference();
		List<Integer> failing = new ArrayList<>();
		for (Map.Entry<Integer, Case> entry : cases.entrySet()) {
			Case c = entry.getValue();
			List<double[]> rows = expected.get(entry.getKey());
			double last = rows.get(rows.size() - 1)[0];
			double requestedEnd = c.stop();
			if (Math.abs(requestedEnd - last) > 1e-6 && requestedEnd > last) {
				failing.add(entry.getKey());
				double next = last + c.step();
				Sgp4 sgp4 = Sgp4.of(c.tle());
				System.out.printf("%d: reference stops after %.1f min (requested to %.1f)%n", entry.getKey(), last,
						requestedEnd);
				assertThatThrownBy(() -> {
					for (double t = next; t <= requestedEnd; t += c.step()) {
						sgp4.atMinutes(t);
					}
				}).as("satellite %d after %s min", entry.getKey(), last).isInstanceOf(InvalidInputException.class);
			}
		}
		assertThat(failing).contains(28872, 29141, 33333, 33334);
	}

	private static double distance(double[] actual, double[] row, int offset) {
		double sum = 0;
		for (int i = 0; i < 3; i++) {
			double d = actual[i] - row[offset + i];
			sum += d * d;
		}
		return Math.sqrt(sum);
	}

	record Case(TLE tle, double start, double stop, double step) {
	}

	static Map<Integer, Case> cases() throws IOException {
		Map<Integer, Case> cases = new LinkedHashMap<>();
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
				cases.put(tle.getSatelliteNumber(), new Case(tle, Double.parseDouble(run[0]),
						Double.parseDouble(run[1]), Double.parseDouble(run[2])));
			}
		}
		return cases;
	}

	static Map<Integer, List<double[]>> reference() throws IOException {
		Map<Integer, List<double[]>> reference = new LinkedHashMap<>();
		List<double[]> current = null;
		for (String line : lines("tcppver.out")) {
			String[] fields = line.trim().split("\\s+");
			if (line.contains("xx")) {
				current = new ArrayList<>();
				// 20413 appears twice in the file: a second run of the same satellite.
				reference.merge(Integer.parseInt(fields[0]), current, (a, b) -> a);
				current = reference.get(Integer.parseInt(fields[0]));
			}
			else if (fields.length >= 7 && current != null) {
				double[] row = new double[7];
				for (int i = 0; i < 7; i++) {
					row[i] = Double.parseDouble(fields[i]);
				}
				current.add(row);
			}
		}
		return reference;
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

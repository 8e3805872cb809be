package space.orbit.worker.spectral;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import space.orbit.worker.compute.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The FFT recovers the known periods of synthetic signals. */
class SpectralAnalyzerTest {

	@Test
	void recoversTwoPeriodsInNoise() {
		SplittableRandom random = new SplittableRandom(3);
		int n = 20_000;
		double[] t = new double[n];
		double[] v = new double[n];
		for (int i = 0; i < n; i++) {
			t[i] = i * 5.0;
			v[i] = 3 * Math.sin(2 * Math.PI * t[i] / 5_580) + 1.2 * Math.cos(2 * Math.PI * t[i] / 600)
					+ 0.002 * t[i] / 100 + random.nextGaussian() * 0.5;
		}

		Spectrum spectrum = new SpectralAnalyzer().analyze(t, v, 2);

		assertThat(spectrum.peaks()).hasSize(2);
		assertThat(spectrum.peaks().get(0).period()).isCloseTo(5_580, within(5_580 * 0.005));
		assertThat(spectrum.peaks().get(1).period()).isCloseTo(600, within(600 * 0.005));
		assertThat(spectrum.peaks().get(0).relativePower()).isGreaterThan(spectrum.peaks().get(1).relativePower());
		assertThat(spectrum.sampleInterval()).isEqualTo(5.0);
		assertThat(spectrum.frequencies()).hasSameSizeAs(spectrum.power());
	}

	@Test
	void resamplesIrregularSamplesWithGaps() {
		SplittableRandom random = new SplittableRandom(9);
		int n = 8_000;
		double[] t = new double[n];
		double[] v = new double[n];
		double now = 0;
		for (int i = 0; i < n; i++) {
			now += (i % 1000 == 999) ? 600 : 8 + random.nextDouble() * 4;
			t[i] = now;
			v[i] = Math.sin(2 * Math.PI * now / 3_600) + random.nextGaussian() * 0.2;
		}

		Spectrum spectrum = new SpectralAnalyzer().analyze(t, v, 1);

		assertThat(spectrum.peaks().get(0).period()).isCloseTo(3_600, within(3_600 * 0.01));
	}

	@Test
	void refusesTooFewSamples() {
		assertThatThrownBy(() -> new SpectralAnalyzer().analyze(new double[3], new double[3], 1))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("at least 16");
	}

}

package space.orbit.worker.spectral;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.hipparchus.complex.Complex;
import org.hipparchus.transform.DftNormalization;
import org.hipparchus.transform.FastFourierTransformer;
import org.hipparchus.transform.TransformType;

import space.orbit.worker.compute.InvalidInputException;

/**
 * The power spectrum of an irregularly sampled series: resampled linearly at its median
 * interval, detrended, Hann-windowed, zero-padded to a power of two, FFT (Hipparchus);
 * peaks located to a fraction of a bin by a parabola through the log power.
 */
public final class SpectralAnalyzer {

	static final int MAX_POINTS = 1 << 21;

	static final int MAX_SPECTRUM_POINTS = 2048;

	/**
	 * @param times seconds, ascending
	 * @param values the samples
	 * @param peakCount how many peaks to report
	 */
	public Spectrum analyze(double[] times, double[] values, int peakCount) {
		if (times.length < 16) {
			throw new InvalidInputException(
					"A spectrum needs at least 16 numeric samples; the range holds " + times.length + ".");
		}
		double span = times[times.length - 1] - times[0];
		double step = Math.max(medianInterval(times), span / (MAX_POINTS - 1));
		if (!(step > 0)) {
			throw new InvalidInputException("The samples all share one timestamp: there is no time axis.");
		}
		int m = (int) Math.floor(span / step) + 1;
		double[] series = detrended(resampled(times, values, step, m));
		int n = Integer.highestOneBit(Math.max(m - 1, 1)) << 1;
		double[] padded = new double[n];
		for (int k = 0; k < m; k++) {
			padded[k] = series[k] * 0.5 * (1 - Math.cos(2 * Math.PI * k / (m - 1)));
		}
		Complex[] transform = new FastFourierTransformer(DftNormalization.STANDARD).transform(padded,
				TransformType.FORWARD);
		double[] power = new double[n / 2 + 1];
		double total = 0;
		for (int k = 0; k < power.length; k++) {
			double re = transform[k].getReal();
			double im = transform[k].getImaginary();
			power[k] = re * re + im * im;
			total += power[k];
		}
		List<Spectrum.Peak> peaks = peaks(power, total, n * step, peakCount);
		double[][] thinned = thinned(power, n * step);
		return new Spectrum(times.length, step, peaks, thinned[0], thinned[1]);
	}

	private static List<Spectrum.Peak> peaks(double[] power, double total, double window, int count) {
		List<Integer> maxima = new ArrayList<>();
		for (int k = 2; k < power.length - 1; k++) {
			if (power[k] > power[k - 1] && power[k] >= power[k + 1]) {
				maxima.add(k);
			}
		}
		maxima.sort(Comparator.comparingDouble((Integer k) -> power[k]).reversed());
		List<Spectrum.Peak> peaks = new ArrayList<>();
		for (int k : maxima.subList(0, Math.min(count, maxima.size()))) {
			double a = Math.log(power[k - 1] + 1e-300);
			double b = Math.log(power[k] + 1e-300);
			double c = Math.log(power[k + 1] + 1e-300);
			double denominator = a - 2 * b + c;
			double offset = (denominator != 0) ? 0.5 * (a - c) / denominator : 0;
			double frequency = (k + offset) / window;
			peaks.add(new Spectrum.Peak(1 / frequency, frequency, (total > 0) ? power[k] / total : 0));
		}
		return peaks;
	}

	static double medianInterval(double[] times) {
		double[] intervals = new double[times.length - 1];
		for (int i = 1; i < times.length; i++) {
			intervals[i - 1] = times[i] - times[i - 1];
		}
		Arrays.sort(intervals);
		double median = intervals[intervals.length / 2];
		if (median > 0) {
			return median;
		}
		return Arrays.stream(intervals).filter((d) -> d > 0).findFirst().orElse(0);
	}

	private static double[] resampled(double[] times, double[] values, double step, int m) {
		double[] grid = new double[m];
		int j = 0;
		for (int k = 0; k < m; k++) {
			double t = times[0] + k * step;
			while (j < times.length - 2 && times[j + 1] < t) {
				j++;
			}
			double dt = times[j + 1] - times[j];
			double w = (dt > 0) ? Math.min(1, Math.max(0, (t - times[j]) / dt)) : 0;
			grid[k] = values[j] + w * (values[j + 1] - values[j]);
		}
		return grid;
	}

	private static double[] detrended(double[] series) {
		int m = series.length;
		double meanK = (m - 1) / 2.0;
		double mean = Arrays.stream(series).average().orElse(0);
		double covariance = 0;
		double variance = 0;
		for (int k = 0; k < m; k++) {
			covariance += (k - meanK) * (series[k] - mean);
			variance += (k - meanK) * (k - meanK);
		}
		double slope = (variance > 0) ? covariance / variance : 0;
		double[] out = new double[m];
		for (int k = 0; k < m; k++) {
			out[k] = series[k] - mean - slope * (k - meanK);
		}
		return out;
	}

	private static double[][] thinned(double[] power, double window) {
		int groups = Math.min(MAX_SPECTRUM_POINTS, power.length);
		double per = (double) power.length / groups;
		double[] frequencies = new double[groups];
		double[] values = new double[groups];
		for (int g = 0; g < groups; g++) {
			int from = (int) Math.floor(g * per);
			int to = Math.max(from + 1, (int) Math.floor((g + 1) * per));
			int best = from;
			for (int k = from; k < to && k < power.length; k++) {
				if (power[k] > power[best]) {
					best = k;
				}
			}
			frequencies[g] = best / window;
			values[g] = power[best];
		}
		return new double[][] { frequencies, values };
	}

}

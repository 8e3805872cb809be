package space.orbit.worker.spectral;

import java.util.List;

/**
 * A power spectrum and its dominant periods.
 *
 * @param samples numeric samples analysed
 * @param sampleInterval the uniform step they were resampled to, seconds
 * @param peaks the strongest spectral peaks, strongest first
 * @param frequencies frequencies of the (possibly thinned) spectrum, Hz
 * @param power the one-sided power at each frequency (the largest of the bins thinned
 * into it)
 */
public record Spectrum(int samples, double sampleInterval, List<Peak> peaks, double[] frequencies, double[] power) {

	/**
	 * One spectral peak.
	 *
	 * @param period seconds
	 * @param frequency Hz
	 * @param relativePower its share of the spectrum's total power
	 */
	public record Peak(double period, double frequency, double relativePower) {
	}

}

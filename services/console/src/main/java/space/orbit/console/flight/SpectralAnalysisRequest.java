package space.orbit.console.flight;

import java.time.Instant;

/**
 * The worker's SPECTRAL_ANALYSIS job: the power spectrum of one numeric parameter's
 * stored history (the processor's samples) and its strongest {@code peaks}.
 */
record SpectralAnalysisRequest(String type, String spacecraftId, String parameter, Instant from, Instant to,
		int peaks) {

	SpectralAnalysisRequest(String spacecraftId, String parameter, Instant from, Instant to, int peaks) {
		this("SPECTRAL_ANALYSIS", spacecraftId, parameter, from, to, peaks);
	}

}

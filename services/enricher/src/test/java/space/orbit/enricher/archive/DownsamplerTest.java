package space.orbit.enricher.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import space.orbit.enricher.enrichment.EnrichedSample;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Downsampling against a direct computation over the raw samples, for ranges and steps
 * aligned and not aligned with the buckets (summaries and samples mixed).
 */
class DownsamplerTest {

	private static final long SECOND = 1_000_000L;

	private static final long WINDOW_MILLIS = 60_000;

	@Test
	void matchesADirectComputationForAlignedAndUnalignedSteps() {
		List<EnrichedSample> samples = ArchiveSamples.random(new Random(42), "ORB-1", "EPS.V", 0, 3_600 * SECOND,
				5_000);
		List<ArchivedBucket> buckets = ArchiveSamples.buckets(samples, WINDOW_MILLIS);
		long[][] cases = { { 0, 3_600 * SECOND, 60 * SECOND }, { 0, 3_600 * SECOND, 600 * SECOND },
				{ 17 * SECOND + 3, 3_000 * SECOND, 45 * SECOND }, { 90 * SECOND, 3_599 * SECOND, 7 * SECOND },
				{ 0, 3_600 * SECOND, 3_600 * SECOND }, { 120 * SECOND, 240 * SECOND, 1_000 },
				{ -600 * SECOND, 7_200 * SECOND, 300 * SECOND } };
		for (long[] c : cases) {
			assertThat(Downsampler.downsample(c[0], c[1], c[2], buckets)).as("from %d to %d step %d", c[0], c[1], c[2])
				.usingRecursiveFieldByFieldElementComparator(ArchiveSamples.TOLERANT_FIELDS)
				.containsExactlyElementsOf(ArchiveSamples.direct(samples, c[0], c[1], c[2]));
		}
	}

	@Test
	void countsNonNumericSamplesWithoutStatistics() {
		List<EnrichedSample> samples = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			samples.add(new EnrichedSample("ORB-1", "AOCS.MODE", i * 10 * SECOND, i, (i % 2 == 0) ? "NADIR" : "SAFE",
					null, true, "DEMO", "AOCS", null, false));
		}
		List<ArchivedStep> steps = Downsampler.downsample(0, 100 * SECOND, 50 * SECOND,
				ArchiveSamples.buckets(samples, WINDOW_MILLIS));
		assertThat(steps).containsExactly(new ArchivedStep(0, 5, null, null, null),
				new ArchivedStep(50 * SECOND, 5, null, null, null));
	}

	@Test
	void aBucketIsSummarisedOnlyWhenWithinTheRangeAndOneStep() {
		long minute = 60 * SECOND;
		assertThat(Downsampler.summaryUsable(0, 10 * minute, minute, minute, 2 * minute)).isTrue();
		assertThat(Downsampler.summaryUsable(0, 10 * minute, 5 * minute, 4 * minute, 5 * minute)).isTrue();
		assertThat(Downsampler.summaryUsable(0, 10 * minute, 90 * SECOND, minute, 2 * minute)).isFalse();
		assertThat(Downsampler.summaryUsable(30 * SECOND, 10 * minute, minute, 0, minute)).isFalse();
		assertThat(Downsampler.summaryUsable(0, 90 * SECOND, minute, minute, 2 * minute)).isFalse();
	}

}

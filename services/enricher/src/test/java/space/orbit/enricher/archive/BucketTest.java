package space.orbit.enricher.archive;

import java.util.List;

import org.junit.jupiter.api.Test;

import space.orbit.enricher.enrichment.EnrichedSample;

import static org.assertj.core.api.Assertions.assertThat;

class BucketTest {

	@Test
	void groupsBySpacecraftParameterAndWindow() {
		List<Bucket> buckets = Bucket.group(List.of(sample("A", "P", 59_999_999, 1), sample("A", "P", 60_000_000, 2),
				sample("A", "Q", 0, 1), sample("B", "P", 1, 1), sample("A", "P", 0, 3)), 60_000);
		assertThat(buckets).extracting(Bucket::spacecraftId, Bucket::parameter, Bucket::startMillis)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("A", "P", 0L),
					org.assertj.core.groups.Tuple.tuple("A", "P", 60_000L),
					org.assertj.core.groups.Tuple.tuple("A", "Q", 0L),
					org.assertj.core.groups.Tuple.tuple("B", "P", 0L));
		assertThat(buckets.getFirst().samples()).extracting(EnrichedSample::sequence).containsExactly(1L, 3L);
	}

	@Test
	void keepsASampleIdentityOncePerBucket() {
		List<Bucket> buckets = Bucket.group(
				List.of(sample("A", "P", 5, 1), sample("A", "P", 5, 1), sample("A", "P", 5, 2), sample("A", "P", 6, 1)),
				60_000);
		assertThat(buckets).singleElement()
			.extracting(Bucket::samples)
			.satisfies(samples -> assertThat(samples).extracting(Bucket::key).containsExactly("5:1", "5:2", "6:1"));
	}

	@Test
	void windowsAreAlignedOnTheEpochAlsoBeforeIt() {
		assertThat(Bucket.group(List.of(sample("A", "P", -1, 1)), 60_000)).singleElement()
			.extracting(Bucket::startMillis)
			.isEqualTo(-60_000L);
	}

	private static EnrichedSample sample(String spacecraft, String parameter, long micros, long sequence) {
		return new EnrichedSample(spacecraft, parameter, micros, sequence, 1.0, 1.0, true, "M", "S", null, false);
	}

}

package space.orbit.enricher.archive;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import space.orbit.enricher.enrichment.EnrichedSample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The segment columns: every raw type the enricher archives (Long, Double, Boolean,
 * String, null for derived parameters) comes back with its type and value, alone or
 * mixed, with engineering values equal to the raw number or calibrated, absent or not;
 * damaged bytes are refused, naming what is wrong.
 */
class SegmentCodecTest {

	@Test
	void everyRawTypeComesBackWithItsTypeAloneOrMixed() {
		List<List<EnrichedSample>> cases = List.of(
				List.of(sample(1, 2_800L, 2_800.0), sample(2, Long.MIN_VALUE, (double) Long.MIN_VALUE)),
				List.of(sample(1, 28.125, 28.125), sample(2, -0.0, -0.0), sample(3, Double.MAX_VALUE, null)),
				List.of(sample(1, true, null), sample(2, false, null)),
				List.of(sample(1, "NADIR", null), sample(2, "", null), sample(3, "SAFE, \"held\" — ☄", null)),
				List.of(sample(1, null, 28.02 * -1.5), sample(2, null, 3.0)),
				List.of(sample(1, 2_810L, 28.1), sample(2, 28.1, 28.1), sample(3, true, null), sample(4, "N/A", null),
						sample(5, null, 1.5), sample(6, 7L, null)),
				List.of());
		for (List<EnrichedSample> samples : cases) {
			assertThat(SegmentCodec.decode(SegmentCodec.encode(samples))).as("%s", samples)
				.containsExactlyElementsOf(archived(samples))
				.allSatisfy((sample) -> assertThat(sample.raw() instanceof Integer).isFalse());
			SegmentCodec.Identities identities = SegmentCodec.identities(SegmentCodec.encode(samples));
			assertThat(identities.times())
				.containsExactly(samples.stream().mapToLong(EnrichedSample::timeMicros).toArray());
			assertThat(identities.sequences())
				.containsExactly(samples.stream().mapToLong(EnrichedSample::sequence).toArray());
		}
	}

	@Test
	void rawTypesKeepTheirJavaTypes() {
		List<ArchivedSample> decoded = SegmentCodec.decode(SegmentCodec
			.encode(List.of(sample(1, 5L, 5.0), sample(2, 5.0, 5.0), sample(3, true, null), sample(4, "5", null))));
		assertThat(decoded).extracting(ArchivedSample::raw)
			.satisfiesExactly((raw) -> assertThat(raw).isExactlyInstanceOf(Long.class),
					(raw) -> assertThat(raw).isExactlyInstanceOf(Double.class),
					(raw) -> assertThat(raw).isExactlyInstanceOf(Boolean.class),
					(raw) -> assertThat(raw).isExactlyInstanceOf(String.class));
	}

	@Test
	void anEngineeringColumnIsWrittenOnlyWhenItDiffersFromTheRawNumbers() {
		byte[] same = SegmentCodec.encode(List.of(sample(1, 2_800L, 2_800.0), sample(2, "SAFE", null)));
		byte[] calibrated = SegmentCodec.encode(List.of(sample(1, 2_800L, 28.0), sample(2, "SAFE", null)));
		assertThat(same[same.length - 1]).isEqualTo(SegmentCodec.ENG_IS_RAW);
		assertThat(calibrated.length).isEqualTo(same.length + 1 + 8);
	}

	@Test
	void randomSegmentsRoundTrip() {
		Random random = new Random(3);
		for (int round = 0; round < 200; round++) {
			List<EnrichedSample> samples = new ArrayList<>();
			for (int i = 0, n = random.nextInt(300); i < n; i++) {
				Object raw = switch (random.nextInt(5)) {
					case 0 -> random.nextLong();
					case 1 -> random.nextGaussian();
					case 2 -> random.nextBoolean();
					case 3 -> Long.toString(random.nextLong(), 36);
					default -> null;
				};
				Double eng = (raw instanceof Number number && random.nextBoolean()) ? number.doubleValue()
						: (random.nextInt(3) == 0) ? null : random.nextDouble();
				samples.add(new EnrichedSample("A", "P", random.nextLong(), random.nextLong(), raw, eng, true, "M", "S",
						"V", false));
			}
			assertThat(SegmentCodec.decode(SegmentCodec.encode(samples))).containsExactlyElementsOf(archived(samples));
		}
	}

	@Test
	void everyTruncationIsRefusedNamingWhatIsWrong() {
		byte[] cols = SegmentCodec.encode(
				List.of(sample(1, 2_810L, 28.1), sample(2, "N/A", null), sample(3, true, null), sample(4, 1.5, 1.5)));
		for (int length = 0; length < cols.length; length++) {
			byte[] truncated = Arrays.copyOf(cols, length);
			assertThatThrownBy(() -> SegmentCodec.decode(truncated)).as("%d of %d bytes", length, cols.length)
				.isInstanceOf(UnreadableSegmentException.class)
				.hasMessageStartingWith("Unreadable segment columns: ");
		}
		assertThatThrownBy(() -> SegmentCodec.identities(Arrays.copyOf(cols, 20)))
			.isInstanceOf(UnreadableSegmentException.class);
		assertThatThrownBy(() -> SegmentCodec.decode(null)).isInstanceOf(UnreadableSegmentException.class)
			.hasMessageContaining("no bytes");
	}

	@Test
	void otherVersionsKindsAndLeftoversAreRefused() {
		byte[] cols = SegmentCodec.encode(List.of(sample(1, 2_810L, 28.1)));
		byte[] version = cols.clone();
		version[0] = 2;
		assertThatThrownBy(() -> SegmentCodec.decode(version)).hasMessageContaining("version 2");
		byte[] kind = cols.clone();
		kind[1 + 4 + 16] = 9;
		assertThatThrownBy(() -> SegmentCodec.decode(kind)).hasMessageContaining("unknown raw value kind 9");
		byte[] longer = Arrays.copyOf(cols, cols.length + 3);
		assertThatThrownBy(() -> SegmentCodec.decode(longer)).hasMessageContaining("3 bytes after the last column");
		byte[] count = cols.clone();
		ByteBuffer.wrap(count).order(ByteOrder.LITTLE_ENDIAN).putInt(1, 1_000_000);
		assertThatThrownBy(() -> SegmentCodec.decode(count)).hasMessageContaining("a count of 1000000 samples");
		byte[] bool = SegmentCodec.encode(List.of(sample(1, true, null)));
		bool[1 + 4 + 16 + 1] = 7;
		assertThatThrownBy(() -> SegmentCodec.decode(bool)).hasMessageContaining("neither 0 nor 1");
	}

	private static List<ArchivedSample> archived(List<EnrichedSample> samples) {
		return samples.stream()
			.map((s) -> new ArchivedSample(s.timeMicros(), s.sequence(), s.raw(), s.engineering()))
			.toList();
	}

	private static EnrichedSample sample(long sequence, Object raw, Double eng) {
		return new EnrichedSample("ORB-1", "EPS.V", 1_795_257_000_000_000L + sequence * 1_000, sequence, raw, eng, true,
				"DEMO", "EPS", "V", false);
	}

}

package space.orbit.test;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test brokers' cluster ids: what Kafka's storage tool takes as the value of
 * {@code -t}, never an option.
 */
class KafkaClusterIdTest {

	@Test
	void aClusterIdIsTwentyTwoUrlSafeCharactersNeverStartingWithADash() {
		Set<Character> firsts = new HashSet<>();
		for (int i = 0; i < 20_000; i++) {
			String id = KafkaBrokerProcess.clusterId();
			assertThat(id).hasSize(22).matches("[A-Za-z0-9_-]+").doesNotStartWith("-");
			firsts.add(id.charAt(0));
		}
		// 20,000 draws reach every other first character (and would have drawn '-' ~300
		// times).
		assertThat(firsts).hasSize(63);
	}

}

package space.orbit.test;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** An example's timestamps moved to now, the spans between them kept. */
class ExampleTimestampsTest {

	@Test
	void timestampsMoveToTheLastMinutesKeepingTheirSpacingAndEverythingElse() {
		JsonNode example = JsonMapper.shared().readTree("""
				{"frames":[{"spacecraftId":"DEMO-1","timestamp":"2020-01-01T10:00:00.000000Z","sequence":1},
				           {"spacecraftId":"DEMO-1","timestamp":"2020-01-01T10:00:01.500000Z","sequence":2}]}""");

		JsonNode moved = ExampleTimestamps.movedToNow(example);

		Instant first = Instant.parse(moved.at("/frames/0/timestamp").asString());
		Instant second = Instant.parse(moved.at("/frames/1/timestamp").asString());
		assertThat(Duration.between(first, Instant.now())).isBetween(Duration.ZERO, Duration.ofMinutes(2));
		assertThat(Duration.between(first, second)).isEqualTo(Duration.ofMillis(1500));
		assertThat(moved.at("/frames/1/timestamp").asString())
			.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
		assertThat(moved.at("/frames/1/sequence").asInt()).isEqualTo(2);
		assertThat(example.at("/frames/0/timestamp").asString()).as("the document's example is left as it is")
			.isEqualTo("2020-01-01T10:00:00.000000Z");
	}

	@Test
	void anExampleWithoutTimestampsIsSentAsItIs() {
		JsonNode example = JsonMapper.shared().readTree("{\"type\":\"PASS_PREDICTION\",\"start\":\"x\"}");

		assertThat(ExampleTimestamps.movedToNow(example)).isSameAs(example);
	}

}

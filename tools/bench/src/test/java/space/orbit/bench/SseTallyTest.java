package space.orbit.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SseTallyTest {

	@Test
	void countsEventsByNameBytesAndTheColumnsTheServerDropped() {
		SseTally tally = new SseTally();
		SseTally.Reader one = tally.reader();
		SseTally.Reader two = tally.reader();
		for (String line : """
				event:hello
				data:{"clientId":1}

				id:1
				event:points
				data:{"series":[]}

				event:dropped
				data:{"dropped":42}

				:keep-alive

				""".split("\n", -1)) {
			one.line(line);
		}
		two.line("event: points");
		two.line("data: {}");
		SseTally.Snapshot before = tally.snapshot();
		two.line("");

		SseTally.Snapshot now = tally.snapshot();
		assertThat(now.count("points")).isEqualTo(2);
		assertThat(now.count("hello")).isEqualTo(1);
		assertThat(now.count("message")).as("the keep-alive comment").isEqualTo(1);
		assertThat(now.droppedColumns()).isEqualTo(42);
		assertThat(now.total()).isEqualTo(5);
		assertThat(now.minus(before).count("points")).isEqualTo(1);
		assertThat(now.minus(before).bytes()).isEqualTo(1);
	}

}

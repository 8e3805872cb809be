package space.orbit.nats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reason on a dead copy is a header NATS takes, whatever garbage the parser quoted: a
 * header it refused would leave the event retried forever instead of dead-lettered.
 */
class DeadLettersTest {

	@Test
	void aReasonQuotingBinaryGarbageBecomesPrintableAscii() {
		String reason = "not an order.created event: Unrecognized token '\u00c3\u0000': was expecting\n at [Source]";

		assertThat(DeadLetters.headerValue(reason))
			.isEqualTo("not an order.created event: Unrecognized token '??': was expecting? at [Source]")
			.matches("[\\x20-\\x7E]*");
	}

	@Test
	void aLongReasonIsCutAndNoneIsUnreadable() {
		assertThat(DeadLetters.headerValue("x".repeat(2_000))).hasSize(512);
		assertThat(DeadLetters.headerValue(null)).isEqualTo("unreadable");
	}

	@Test
	void theDeadSubjectFollowsTheSubject() {
		assertThat(DeadLetters.subject("orbit-test.order.created")).isEqualTo("orbit-test.order.created.dead");
	}

}

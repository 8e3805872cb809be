package space.orbit.test;

import java.util.concurrent.ThreadLocalRandom;

/** Names unique to one test: lower-case, safe for PostgreSQL, RabbitMQ and Kafka. */
public final class TestNames {

	private TestNames() {
	}

	public static String unique(String prefix) {
		return prefix + Long.toString(System.currentTimeMillis() % 100_000_000L, 36)
				+ Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36);
	}

}

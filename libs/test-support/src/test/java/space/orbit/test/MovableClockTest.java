package space.orbit.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MovableClockTest {

	@Test
	void runsWithTheWallClockPlusWhatTheTestMoved() {
		MovableClock clock = new MovableClock();
		clock.advance(Duration.ofHours(2));
		Instant now = Instant.now();
		assertThat(clock.instant()).isBetween(now.plus(Duration.ofHours(2)).minusSeconds(5),
				now.plus(Duration.ofHours(2)).plusSeconds(5));
		assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
	}

	@Test
	void aClockInAnotherZoneMovesWithIt() {
		MovableClock clock = new MovableClock();
		Clock paris = clock.withZone(ZoneId.of("Europe/Paris"));
		assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
		assertThat(clock.withZone(ZoneOffset.UTC)).isSameAs(clock);
		clock.advance(Duration.ofDays(1));
		assertThat(Duration.between(Instant.now(), paris.instant())).isGreaterThan(Duration.ofHours(23));
	}

}

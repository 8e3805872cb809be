package space.orbit.analyzer.alerts;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import space.orbit.analyzer.Severity;
import space.orbit.analyzer.alerts.AlertEvent.Change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of an alert's life. */
class AlertLifecycleTest {

	private static final Instant NOW = AlertEvents.T0.plusSeconds(60);

	@Test
	void aRaisedAlertIsOpenAndCarriesTheEvent() {
		Alert alert = AlertLifecycle.raise(AlertEvents.raised("ORB-1", Severity.WARNING), NOW);

		assertThat(alert.state).isEqualTo(AlertState.OPEN);
		assertThat(alert.active).isTrue();
		assertThat(alert.count).isEqualTo(1);
		assertThat(alert.raises).isEqualTo(1);
		assertThat(alert.traceId).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
		assertThat(alert.valueNumber).isEqualTo(25.0);
		assertThat(alert.threshold).isEqualTo(25.5);
	}

	@Test
	void repeatsUpdateCountsAcrossEpisodesAndAnEscalationReopensAnAcknowledgedAlert() {
		Alert alert = AlertLifecycle.raise(AlertEvents.raised("ORB-1", Severity.WARNING), NOW);
		AlertLifecycle.acknowledge(alert, "ops", "seen", NOW);
		AlertLifecycle.observe(alert,
				AlertEvents.event(Change.UPDATED, "ORB-1", "limit", Severity.WARNING, 0, 1, 7, false), NOW);
		assertThat(alert.state).isEqualTo(AlertState.ACKNOWLEDGED);
		assertThat(alert.count).isEqualTo(7);

		AlertLifecycle.observe(alert,
				AlertEvents.event(Change.RAISED, "ORB-1", "limit", Severity.CRITICAL, 100, 0, 2, false), NOW);

		assertThat(alert.state).isEqualTo(AlertState.OPEN);
		assertThat(alert.count).isEqualTo(9);
		assertThat(alert.raises).isEqualTo(2);
		assertThat(alert.severity).isEqualTo(Severity.CRITICAL);
	}

	@Test
	void anAlertClearsWithItsConditionUnlessItLatches() {
		Alert plain = AlertLifecycle.raise(AlertEvents.raised("ORB-1", Severity.WARNING), NOW);
		AlertEvent latchingRaise = AlertEvents.event(Change.RAISED, "ORB-1", "limit", Severity.WARNING, 0, 0, 1, true);
		Alert latched = AlertLifecycle.raise(latchingRaise, NOW);
		AlertLifecycle.acknowledge(latched, "ops", null, NOW);
		AlertEvent cleared = AlertEvents.event(Change.CLEARED, "ORB-1", "limit", Severity.WARNING, 0, 1, 1, false);

		AlertLifecycle.conditionCleared(plain, cleared, NOW);
		AlertLifecycle.conditionCleared(latched, cleared, NOW);

		assertThat(plain.state).isEqualTo(AlertState.CLEARED);
		assertThat(plain.cleared.by()).isEqualTo("analyzer");
		assertThat(latched.state).isEqualTo(AlertState.ACKNOWLEDGED);
		assertThat(latched.active).isFalse();
	}

	@Test
	void aClearCarriesTheEpisodesFinalCount() {
		Alert alert = AlertLifecycle.raise(AlertEvents.raised("ORB-1", Severity.WARNING), NOW);
		// Samples 2 to 4 showed the condition without an update being due: only the clear
		// tells.
		AlertLifecycle.conditionCleared(alert,
				AlertEvents.event(Change.CLEARED, "ORB-1", "limit", Severity.WARNING, 0, 1, 4, false), NOW);

		assertThat(alert.count).isEqualTo(4);
		assertThat(alert.state).isEqualTo(AlertState.CLEARED);
	}

	@Test
	void aShelfHidesAnAlertUntilItIsLiftedAndItReturnsToWhereItWas() {
		Alert alert = AlertLifecycle.raise(AlertEvents.raised("ORB-1", Severity.WARNING), NOW);
		AlertLifecycle.acknowledge(alert, "ops", null, NOW);

		AlertLifecycle.shelve(alert, "ops", "maintenance", Duration.ofMinutes(30), NOW);
		assertThat(alert.state).isEqualTo(AlertState.SHELVED);
		assertThat(alert.shelvedUntil).isEqualTo(NOW.plus(Duration.ofMinutes(30)));

		AlertLifecycle.unshelve(alert, "analyzer", "shelf expired", NOW.plus(Duration.ofMinutes(30)));
		assertThat(alert.state).isEqualTo(AlertState.ACKNOWLEDGED);
		assertThat(alert.shelvedUntil).isNull();
	}

	@Test
	void transitionsThatMakeNoSenseAreRefused() {
		Alert alert = AlertLifecycle.raise(AlertEvents.raised("ORB-1", Severity.WARNING), NOW);
		AlertLifecycle.acknowledge(alert, "ops", null, NOW);

		assertThatThrownBy(() -> AlertLifecycle.acknowledge(alert, "ops", null, NOW))
			.isInstanceOf(TransitionNotAllowedException.class)
			.hasMessageContaining("ACKNOWLEDGED");
		assertThatThrownBy(() -> AlertLifecycle.unshelve(alert, "ops", null, NOW))
			.isInstanceOf(TransitionNotAllowedException.class);
		AlertLifecycle.clear(alert, "ops", "done", NOW);
		assertThatThrownBy(() -> AlertLifecycle.clear(alert, "ops", null, NOW))
			.isInstanceOf(TransitionNotAllowedException.class);
		assertThatThrownBy(() -> AlertLifecycle.shelve(alert, "ops", null, Duration.ofMinutes(1), NOW))
			.isInstanceOf(TransitionNotAllowedException.class);
	}

}

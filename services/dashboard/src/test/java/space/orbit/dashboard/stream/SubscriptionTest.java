package space.orbit.dashboard.stream;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import space.orbit.dashboard.DashboardProperties;
import space.orbit.kit.web.InvalidParameterException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubscriptionTest {

	private final DashboardProperties.Stream limits = new DashboardProperties.Stream(64, Duration.ofMillis(250),
			Duration.ofSeconds(15), 200, 3, 2, 4000);

	@Test
	void readsNamesWindowAndWidth() {
		Subscription subscription = Subscription.parse("ORB-1, ORB-2", "EPS.BATTERY.VOLTAGE", "PT5M", 1000,
				this.limits);
		assertThat(subscription.spacecraft()).containsExactlyInAnyOrder("ORB-1", "ORB-2");
		assertThat(subscription.columnMillis()).isEqualTo(300);
		assertThat(subscription.wants("ORB-3")).isFalse();
		assertThat(Subscription.parse(null, null, "PT1S", 4000, this.limits).columnMillis()).isEqualTo(1);
		assertThat(Subscription.parse("", null, "PT1M", 100, this.limits).wants("ANY")).isTrue();
	}

	@Test
	void refusesWhatIsWrongNamingTheParameter() {
		assertThatThrownBy(() -> Subscription.parse(null, null, "5 minutes", 100, this.limits))
			.isInstanceOf(InvalidParameterException.class)
			.hasMessageContaining("ISO-8601");
		assertThatThrownBy(() -> Subscription.parse(null, null, "PT0.5S", 100, this.limits))
			.hasMessageContaining("PT1S");
		assertThatThrownBy(() -> Subscription.parse(null, null, "PT5M", 5000, this.limits))
			.hasMessageContaining("max-width");
		assertThatThrownBy(() -> Subscription.parse("A,B,C", null, "PT5M", 100, this.limits))
			.hasMessageContaining("at most 2");
		assertThatThrownBy(() -> Subscription.parse("ORB 1", null, "PT5M", 100, this.limits))
			.hasMessageContaining("comma-separated");
	}

}

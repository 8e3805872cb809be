package space.orbit.console.operator;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each role is offered (ADR 0017: admin includes operator, which includes viewer).
 */
class OfferedTest {

	@Test
	void aViewerIsOfferedOnlyReading() {
		Offered viewer = Offered.to(Optional.of(Role.VIEWER));
		assertThat(viewer.act()).isFalse();
		assertThat(viewer.editMissionDatabase()).isFalse();
		assertThat(viewer.editRules()).isFalse();
	}

	@Test
	void anOperatorActsOnAlertsAndJobsButEditsNeitherTheMissionDatabaseNorTheRules() {
		Offered operator = Offered.to(Optional.of(Role.OPERATOR));
		assertThat(operator.act()).isTrue();
		assertThat(operator.editMissionDatabase()).isFalse();
		assertThat(operator.editRules()).isFalse();
	}

	@Test
	void anAdminIsOfferedEverything() {
		assertThat(Offered.to(Optional.of(Role.ADMIN))).isEqualTo(new Offered(true, true, true));
	}

	@Test
	void noPersonsRoleIsOfferedOnlyReading() {
		assertThat(Offered.to(Optional.empty())).isEqualTo(Offered.READING);
		assertThat(Offered.to(Role.highest(List.of("key-reader", "authenticator")))).isEqualTo(Offered.READING);
	}

	@Test
	void theHighestRoleOfATokenCounts() {
		assertThat(Role.highest(List.of("viewer", "admin", "operator"))).contains(Role.ADMIN);
		assertThat(Role.highest(List.of("viewer"))).contains(Role.VIEWER);
		assertThat(Role.highest(List.of("ROLE_operator", "OIDC_USER"))).contains(Role.OPERATOR);
		assertThat(Role.highest(List.of("ADMIN"))).as("roles are lower case in the claim").isEmpty();
	}

	@Test
	void withoutALoginEverythingIsOfferedAsBefore() {
		CurrentOperator named = () -> "alice";
		assertThat(named.role()).isEmpty();
		assertThat(named.offered()).isEqualTo(Offered.EVERYTHING);
	}

}

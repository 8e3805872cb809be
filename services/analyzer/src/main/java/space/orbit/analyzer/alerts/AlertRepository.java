package space.orbit.analyzer.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** Alerts in PostgreSQL. */
interface AlertRepository extends JpaRepository<Alert, Long>, JpaSpecificationExecutor<Alert> {

	/** The open (not cleared) alert of a condition; there is at most one. */
	@Query("select a from Alert a where a.spacecraftId = ?1 and a.parameter = ?2 and a.detector = ?3"
			+ " and a.state <> space.orbit.analyzer.alerts.AlertState.CLEARED")
	Optional<Alert> findOpen(String spacecraftId, String parameter, String detector);

	/** New alerts since an instant, storms aside: what the fleet-wide guard counts. */
	long countByRaisedAtAfterAndDetectorNot(Instant since, String detector);

	List<Alert> findByStateAndShelvedUntilLessThanEqual(AlertState state, Instant until);

}

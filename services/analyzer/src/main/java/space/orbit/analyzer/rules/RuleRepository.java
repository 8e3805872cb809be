package space.orbit.analyzer.rules;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Rules in PostgreSQL, the source of truth. */
interface RuleRepository extends JpaRepository<RuleRecord, String> {

	List<RuleRecord> findByDeletedFalseAndIdGreaterThanOrderByIdAsc(String after, Limit limit);

	@Query("select r from RuleRecord r where r.publishedVersion < r.version order by r.id")
	List<RuleRecord> findUnpublished(Limit limit);

	/** A rule, its row locked until the transaction ends: one publisher at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from RuleRecord r where r.id = ?1")
	Optional<RuleRecord> findForPublishing(String id);

	/** Marks every rule as not yet on Kafka, so the relay publishes them all. */
	@Modifying
	@Query("update RuleRecord r set r.publishedVersion = 0")
	int markAllUnpublished();

}

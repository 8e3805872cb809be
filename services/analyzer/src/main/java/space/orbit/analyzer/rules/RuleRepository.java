package space.orbit.analyzer.rules;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Rules in PostgreSQL, the source of truth. */
interface RuleRepository extends JpaRepository<RuleRecord, String> {

	List<RuleRecord> findByDeletedFalseAndIdGreaterThanOrderByIdAsc(String after, Limit limit);

	@Query("select r from RuleRecord r where r.publishedVersion < r.version order by r.id")
	List<RuleRecord> findUnpublished(Limit limit);

	/** Marks a version as on Kafka (unless a newer one already is). */
	@Modifying
	@Query("update RuleRecord r set r.publishedVersion = ?2 where r.id = ?1 and r.publishedVersion < ?2")
	int markPublished(String id, long version);

	/** Marks every rule as not yet on Kafka, so the relay publishes them all. */
	@Modifying
	@Query("update RuleRecord r set r.publishedVersion = 0")
	int markAllUnpublished();

}

package space.orbit.processor.telemetry;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

/** Outbox rows through JPA. */
interface OutboxRepository extends JpaRepository<OutboxEntry, UUID> {

	@Transactional
	@Modifying
	@Query("delete from OutboxEntry e where e.batchId = :batchId")
	int deleteByBatchId(@Param("batchId") UUID batchId);

	@Query("select count(e) from OutboxEntry e")
	long pending();

}

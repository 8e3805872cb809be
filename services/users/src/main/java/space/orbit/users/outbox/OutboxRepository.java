package space.orbit.users.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

/** Outbox rows through JPA. */
interface OutboxRepository extends JpaRepository<OutboxMessage, UUID> {

	/**
	 * Takes over up to {@code limit} rows whose lease expired, extending their lease so
	 * that no other sweeper takes them meanwhile.
	 */
	@Transactional
	@Modifying
	@Query(nativeQuery = true, value = """
			UPDATE event_outbox SET lease_until = :leaseUntil, attempts = attempts + 1
			WHERE id IN (SELECT id FROM event_outbox WHERE lease_until < :now
			             ORDER BY created_at LIMIT :limit FOR UPDATE SKIP LOCKED)
			RETURNING *""")
	List<OutboxMessage> takeOver(@Param("now") Instant now, @Param("leaseUntil") Instant leaseUntil,
			@Param("limit") int limit);

	@Transactional
	@Modifying
	@Query("delete from OutboxMessage m where m.id = :id")
	int remove(@Param("id") UUID id);

}

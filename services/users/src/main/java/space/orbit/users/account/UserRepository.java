package space.orbit.users.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Accounts through JPA; lists keyset-paged on (createdAt, id), index app_user_created.
 */
interface UserRepository extends JpaRepository<User, UUID> {

	boolean existsByEmail(String email);

	/** The account of a lower-cased address. */
	Optional<User> findByEmail(String email);

	/** The oldest accounts. */
	@Query("select u from User u order by u.createdAt, u.id")
	List<User> oldest(Limit limit);

	/** The accounts after {@code (createdAt, id)}, oldest first. */
	@Query("""
			select u from User u where u.createdAt > :createdAt or (u.createdAt = :createdAt and u.id > :id)
			order by u.createdAt, u.id""")
	List<User> after(@Param("createdAt") Instant createdAt, @Param("id") UUID id, Limit limit);

}

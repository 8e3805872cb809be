package space.orbit.users.account;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Accounts through JPA. */
interface UserRepository extends JpaRepository<User, UUID> {

	boolean existsByEmail(String email);

}

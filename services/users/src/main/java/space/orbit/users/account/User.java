package space.orbit.users.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A crew or operator account. */
@Entity
@Table(name = "app_user")
class User {

	@Id
	private UUID id;

	private String email;

	private String name;

	@Enumerated(EnumType.STRING)
	private UserRole role;

	private Instant createdAt;

	protected User() {
	}

	User(UUID id, String email, String name, UserRole role, Instant createdAt) {
		this.id = id;
		this.email = email;
		this.name = name;
		this.role = role;
		this.createdAt = createdAt;
	}

	UserView view() {
		return new UserView(this.id, this.email, this.name, this.role, this.createdAt);
	}

}

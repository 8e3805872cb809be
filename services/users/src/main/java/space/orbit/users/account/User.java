package space.orbit.users.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A crew or operator account: what it is for ({@code role}), what it may do
 * ({@code access}) and its password's hash (none: it cannot log in).
 */
@Entity
@Table(name = "app_user")
class User {

	@Id
	private UUID id;

	private String email;

	private String name;

	@Enumerated(EnumType.STRING)
	private UserRole role;

	private Access access;

	private String passwordHash;

	private Instant createdAt;

	protected User() {
	}

	User(UUID id, String email, String name, UserRole role, Access access, String passwordHash, Instant createdAt) {
		this.id = id;
		this.email = email;
		this.name = name;
		this.role = role;
		this.access = access;
		this.passwordHash = passwordHash;
		this.createdAt = createdAt;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	void changePassword(String hash) {
		this.passwordHash = hash;
	}

	Access access() {
		return this.access;
	}

	void grant(Access access) {
		this.access = access;
	}

	UserView view() {
		return new UserView(this.id, this.email, this.name, this.role, this.access, this.createdAt);
	}

}

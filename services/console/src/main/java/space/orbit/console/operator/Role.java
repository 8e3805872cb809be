package space.orbit.console.operator;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * A person's role in Orbit (ADR 0017), each including the one before: a {@code viewer}
 * reads, an {@code operator} also acts on alerts and jobs, an {@code admin} also changes
 * the mission database and the rules.
 */
public enum Role {

	VIEWER, OPERATOR, ADMIN;

	/** The name in a token's {@code roles} claim, e.g. {@code operator}. */
	public String claim() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The highest person's role among a token's {@code roles}; none for machine roles
	 * only.
	 */
	public static Optional<Role> highest(Collection<String> roles) {
		Role highest = null;
		for (Role role : values()) {
			if (roles.contains(role.claim()) || roles.contains("ROLE_" + role.claim())) {
				highest = role;
			}
		}
		return Optional.ofNullable(highest);
	}

}

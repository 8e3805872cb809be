package space.orbit.console.operator;

import java.util.Optional;

/**
 * Who is acting in the console now: the name the layout shows and alert actions carry,
 * their role and what the console offers them. Without a login (orbit.security.enabled
 * false) a header or a setting names them and everything is offered; with it, the person
 * logged in through the auth service. The views depend on this interface only.
 */
public interface CurrentOperator {

	/** The operator's name, 1 to 100 characters. */
	String name();

	/** The person's role; none without a login. */
	default Optional<Role> role() {
		return Optional.empty();
	}

	/** What the console offers them. */
	default Offered offered() {
		return Offered.EVERYTHING;
	}

}

package space.orbit.console.operator;

import java.util.Optional;

/**
 * What the console offers the person using it: what their role would not let them do is
 * not shown (the services refuse it anyway, 403).
 *
 * @param act acknowledge, shelve, unshelve and clear alerts; submit and cancel jobs
 * ({@code operator})
 * @param editMissionDatabase change missions, spacecraft and parameters ({@code admin})
 * @param editRules change detection rules ({@code admin})
 */
public record Offered(boolean act, boolean editMissionDatabase, boolean editRules) {

	/**
	 * Everything: the console without a login (orbit.security.enabled false), as before.
	 */
	public static final Offered EVERYTHING = new Offered(true, true, true);

	/** Nothing but reading: no role of a person, or a viewer. */
	public static final Offered READING = new Offered(false, false, false);

	/** What a person of {@code role} (none: not a person's role) is offered. */
	public static Offered to(Optional<Role> role) {
		return role.map((r) -> switch (r) {
			case VIEWER -> READING;
			case OPERATOR -> new Offered(true, false, false);
			case ADMIN -> EVERYTHING;
		}).orElse(READING);
	}

}

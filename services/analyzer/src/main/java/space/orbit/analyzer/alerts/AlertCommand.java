package space.orbit.analyzer.alerts;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One operator action, checked and ready to apply to one alert or to many.
 *
 * @param verb what to do
 * @param actor who does it (the token's subject)
 * @param comment why, or null
 * @param duration how long to shelve (shelve only)
 * @param assignee to whom (assign only)
 * @param add tags to add (tag only)
 * @param remove tags to remove (tag only)
 */
record AlertCommand(Verb verb, String actor, String comment, Duration duration, String assignee, Set<String> add,
		Set<String> remove) {

	/** What operators do to alerts, by the name the API gives it. */
	enum Verb {

		ACKNOWLEDGE(ActionType.ACKNOWLEDGED), SHELVE(ActionType.SHELVED), UNSHELVE(ActionType.UNSHELVED),
		CLEAR(ActionType.CLEARED), ASSIGN(ActionType.ASSIGNED), UNASSIGN(ActionType.UNASSIGNED), TAG(ActionType.TAGGED),
		COMMENT(ActionType.COMMENTED);

		private final ActionType logged;

		Verb(ActionType logged) {
			this.logged = logged;
		}

		/** The name in the API ({@code acknowledge}). */
		String path() {
			return name().toLowerCase(Locale.ROOT);
		}

		/** What the action log records. */
		ActionType logged() {
			return this.logged;
		}

		static Optional<Verb> of(String path) {
			return Arrays.stream(values()).filter((verb) -> verb.path().equals(path)).findFirst();
		}

	}

}

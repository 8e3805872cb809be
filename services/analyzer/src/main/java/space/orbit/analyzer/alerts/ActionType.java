package space.orbit.analyzer.alerts;

/**
 * What happened to an alert, as its action log records it: what operators do, and what
 * the analyzer does by itself.
 */
public enum ActionType {

	/** The analyzer opened the alert. */
	RAISED,
	/**
	 * The condition got worse (WARNING to CRITICAL) while the alert stayed where it was.
	 */
	ESCALATED,
	/** An escalation opened an acknowledged alert again. */
	REOPENED,
	/** The condition came back (a new episode) while the alert was still open. */
	RETURNED,
	/** The condition is gone but the rule latches: the alert waits for an operator. */
	CONDITION_CLEARED,
	/** The analyzer lifted a shelf whose time was up. */
	SHELF_EXPIRED,
	/** An operator acknowledged it. */
	ACKNOWLEDGED,
	/** An operator shelved it for a while. */
	SHELVED,
	/** An operator lifted its shelf. */
	UNSHELVED,
	/** Cleared: by an operator, or by the analyzer when the condition cleared. */
	CLEARED,
	/** An operator assigned it to someone. */
	ASSIGNED,
	/** An operator took its assignment away. */
	UNASSIGNED,
	/** An operator added or removed tags. */
	TAGGED,
	/** An operator wrote a comment, nothing else. */
	COMMENTED

}

package space.orbit.console.alerts;

/** What an operator can do to alerts, by the analyzer's name for it. */
enum AlertAction {

	ACKNOWLEDGE("acknowledge", "Acknowledge"), SHELVE("shelve", "Shelve"), UNSHELVE("unshelve", "Unshelve"),
	CLEAR("clear", "Clear"), ASSIGN("assign", "Assign"), UNASSIGN("unassign", "Unassign"), TAG("tag", "Add tags"),
	UNTAG("tag", "Remove tags"), COMMENT("comment", "Comment");

	private final String path;

	private final String label;

	AlertAction(String path, String label) {
		this.path = path;
		this.label = label;
	}

	/** The action's name in the analyzer's API. */
	String path() {
		return this.path;
	}

	String label() {
		return this.label;
	}

	/** The id of its button. */
	String buttonId() {
		return (this == COMMENT) ? "alert-comment-only" : "alert-" + name().toLowerCase(java.util.Locale.ROOT);
	}

}

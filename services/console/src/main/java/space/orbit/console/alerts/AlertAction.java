package space.orbit.console.alerts;

/** What an operator can do to alerts, and the analyzer's endpoint for it. */
enum AlertAction {

	ACKNOWLEDGE("acknowledge", "Acknowledge"), SHELVE("shelve", "Shelve"), UNSHELVE("unshelve", "Unshelve"),
	CLEAR("clear", "Clear");

	private final String path;

	private final String label;

	AlertAction(String path, String label) {
		this.path = path;
		this.label = label;
	}

	String path() {
		return this.path;
	}

	String label() {
		return this.label;
	}

}

package space.orbit.processor.registry;

/** What the mission database's API documents say about its lists and writes, once. */
final class RegistryApi {

	static final int MAX_LIMIT = 500;

	static final String DEFAULT_LIMIT = "100";

	static final String LIMIT = "Items per page, 1 to 500 (default 100)";

	static final String AFTER = "The 'next' of the previous page, unchanged";

	static final String CONCURRENT_CHANGE = "It changed while this request replaced it (concurrent-change): read it "
			+ "again and retry";

	private RegistryApi() {
	}

}

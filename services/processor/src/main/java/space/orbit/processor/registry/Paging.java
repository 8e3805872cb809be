package space.orbit.processor.registry;

import java.util.List;

/** Page and size of a list request: bounded, with errors naming the parameter. */
record Paging(int page, int size) {

	static final int MAX_SIZE = 500;

	static Paging of(int page, int size) {
		if (page < 0) {
			throw new RegistryExceptions.InvalidQuery("page", "page must be 0 or more, got " + page + ".");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new RegistryExceptions.InvalidQuery("size",
					"size must be between 1 and " + MAX_SIZE + ", got " + size + ".");
		}
		return new Paging(page, size);
	}

	/** The next page's number when this one was full, else null. */
	Integer next(List<?> items) {
		return (items.size() == this.size) ? this.page + 1 : null;
	}

}

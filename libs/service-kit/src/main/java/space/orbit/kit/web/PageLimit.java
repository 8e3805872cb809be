package space.orbit.kit.web;

/**
 * The {@code limit} of a list endpoint: 1 to the endpoint's maximum. Out of range is a
 * 400 {@code invalid-parameter} that names the maximum (in {@code detail} and in
 * {@code maximum}).
 */
public final class PageLimit {

	private PageLimit() {
	}

	/** Returns {@code limit} when it is within 1..maximum; throws otherwise. */
	public static int check(int limit, int maximum) {
		if (limit < 1 || limit > maximum) {
			throw new LimitOutOfRange(limit, maximum);
		}
		return limit;
	}

	/** A limit out of range. */
	static final class LimitOutOfRange extends InvalidParameterException {

		LimitOutOfRange(int limit, int maximum) {
			super("limit", "must be between 1 and " + maximum + ", was " + limit);
			with("maximum", maximum);
		}

	}

}

package space.orbit.processor.registry;

import java.util.List;

import space.orbit.registry.RegistryViolation;

/**
 * What the mission database refuses, each mapped to a problem by
 * {@link RegistryExceptionHandler}.
 */
final class RegistryExceptions {

	private RegistryExceptions() {
	}

	/**
	 * 422: the record breaks the rules of libs/registry-model, or names what is not
	 * there.
	 */
	static final class InvalidRecord extends RuntimeException {

		private final List<RegistryViolation> violations;

		InvalidRecord(List<RegistryViolation> violations) {
			super(violations.size() + " problem(s) with the record: " + violations.get(0).message());
			this.violations = List.copyOf(violations);
		}

		List<RegistryViolation> violations() {
			return this.violations;
		}

	}

	/** 400: a query parameter out of range. */
	static final class InvalidQuery extends RuntimeException {

		private final String parameter;

		InvalidQuery(String parameter, String message) {
			super(message);
			this.parameter = parameter;
		}

		String parameter() {
			return this.parameter;
		}

	}

	/** 404. */
	static final class NotFound extends RuntimeException {

		NotFound(String what) {
			super("No " + what + ".");
		}

	}

	/** 409: exists already, or still referenced. */
	static final class Conflict extends RuntimeException {

		Conflict(String message) {
			super(message);
		}

	}

}

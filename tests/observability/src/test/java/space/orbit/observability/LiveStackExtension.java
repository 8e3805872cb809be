package space.orbit.observability;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test classes the one {@link LiveStack} of this test JVM, started and driven with
 * {@link Traffic} on first use, closed when all tests are done. A stack that failed to
 * start fails the later classes at once instead of starting again.
 */
class LiveStackExtension implements ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(LiveStackExtension.class);

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		Class<?> type = parameter.getParameter().getType();
		return type == LiveStack.class || type == Traffic.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		Running running = context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent("stack", (key) -> Running.start(), Running.class);
		if (running.failure() != null) {
			throw new IllegalStateException("the live stack did not start", running.failure());
		}
		return (parameter.getParameter().getType() == LiveStack.class) ? running.stack() : running.traffic();
	}

	/** The stack and its traffic, or why they are missing; closing it stops the stack. */
	record Running(LiveStack stack, Traffic traffic, RuntimeException failure) implements AutoCloseable {

		static Running start() {
			LiveStack stack = null;
			try {
				stack = LiveStack.start();
				return new Running(stack, Traffic.drive(stack), null);
			}
			catch (RuntimeException ex) {
				if (stack != null) {
					stack.close();
				}
				return new Running(null, null, ex);
			}
		}

		@Override
		public void close() {
			if (this.stack != null) {
				this.stack.close();
			}
		}

	}

}

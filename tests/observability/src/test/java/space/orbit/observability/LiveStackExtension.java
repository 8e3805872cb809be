package space.orbit.observability;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test classes the one {@link LiveStack} of this test JVM, started and driven with
 * {@link Traffic} on first use, closed when all tests are done. A stack that failed to
 * start fails the later classes at once instead of starting again.
 * <p>
 * A {@link LocalPrometheus} parameter is the Prometheus of {@code ./orbit up --observe}
 * started with the stack, scraping it from before the traffic: a class that waits on
 * rates and alerts finds a minute of scrapes already there instead of waiting for them
 * (PipelineStalledIT). LocalPrometheusIT starts one of its own, as it tests the start and
 * the stop.
 */
class LiveStackExtension implements ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(LiveStackExtension.class);

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		Class<?> type = parameter.getParameter().getType();
		return type == LiveStack.class || type == Traffic.class || type == LocalPrometheus.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		Running running = context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent("stack", (key) -> Running.start(), Running.class);
		if (running.failure() != null) {
			throw new IllegalStateException("the live stack did not start", running.failure());
		}
		Class<?> type = parameter.getParameter().getType();
		if (type == LocalPrometheus.class) {
			return running.prometheus();
		}
		return (type == LiveStack.class) ? running.stack() : running.traffic();
	}

	/**
	 * The stack, its Prometheus and its traffic, or why they are missing; closing it
	 * stops Prometheus and the stack.
	 */
	record Running(LiveStack stack, LocalPrometheus prometheus, Traffic traffic,
			RuntimeException failure) implements AutoCloseable {

		static Running start() {
			LiveStack stack = null;
			LocalPrometheus prometheus = null;
			try {
				stack = LiveStack.start();
				prometheus = LocalPrometheus.start(stack.ports());
				return new Running(stack, prometheus, Traffic.drive(stack), null);
			}
			catch (RuntimeException ex) {
				if (prometheus != null) {
					prometheus.close();
				}
				if (stack != null) {
					stack.close();
				}
				return new Running(null, null, null, ex);
			}
		}

		@Override
		public void close() {
			try {
				if (this.prometheus != null) {
					this.prometheus.close();
				}
			}
			finally {
				if (this.stack != null) {
					this.stack.close();
				}
			}
		}

	}

}

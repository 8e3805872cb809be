package space.orbit.console.operator;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import space.orbit.console.ConsoleProperties;

/**
 * The operator without a login (orbit.security.enabled false): the {@code X-Orbit-User}
 * header of the request that opened the session (set by a proxy in front of the console),
 * else the {@code orbit.console.operator} setting.
 */
@Component
@ConditionalOnBooleanProperty(name = "orbit.security.enabled", havingValue = false)
class SessionOperator implements CurrentOperator, VaadinServiceInitListener {

	static final String HEADER = "X-Orbit-User";

	private static final String ATTRIBUTE = SessionOperator.class.getName();

	private static final int MAX_LENGTH = 100;

	private final String fallback;

	SessionOperator(ConsoleProperties properties) {
		this.fallback = properties.operator();
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addSessionInitListener((init) -> {
			String named = fromHeader(init.getRequest());
			if (named != null) {
				init.getSession().setAttribute(ATTRIBUTE, named);
			}
		});
	}

	@Override
	public String name() {
		VaadinSession session = VaadinSession.getCurrent();
		Object named = (session != null) ? session.getAttribute(ATTRIBUTE) : null;
		return (named instanceof String name) ? name : this.fallback;
	}

	private static String fromHeader(VaadinRequest request) {
		String value = request.getHeader(HEADER);
		if (value == null || value.isBlank()) {
			return null;
		}
		String name = value.strip();
		return (name.length() > MAX_LENGTH) ? name.substring(0, MAX_LENGTH) : name;
	}

}

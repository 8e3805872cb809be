package space.orbit.kit.observability;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code X-Request-ID}: taken from the request when it is a sane token, generated
 * otherwise, echoed in the response, put in every log line ({@code request_id}) and on
 * the request span.
 */
public class RequestIdFilter extends OncePerRequestFilter {

	public static final String HEADER = "X-Request-ID";

	public static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

	public static final String MDC_KEY = "request_id";

	private static final int MAX_LENGTH = 128;

	private final TraceContexts traceContexts;

	public RequestIdFilter(TraceContexts traceContexts) {
		this.traceContexts = traceContexts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = request.getHeader(HEADER);
		if (!isSane(id)) {
			id = UUID.randomUUID().toString();
		}
		request.setAttribute(ATTRIBUTE, id);
		response.setHeader(HEADER, id);
		this.traceContexts.tagCurrentSpan("http.request.id", id);
		MDC.put(MDC_KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

	/**
	 * Letters, digits and {@code - _ . :}, at most 128: anything else could forge log
	 * lines.
	 */
	static boolean isSane(String id) {
		if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
			return false;
		}
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
					|| c == '_' || c == '.' || c == ':';
			if (!ok) {
				return false;
			}
		}
		return true;
	}

	/** The request id of the current request, for code that publishes on its behalf. */
	public static String of(HttpServletRequest request) {
		Object id = request.getAttribute(ATTRIBUTE);
		return (id != null) ? id.toString() : null;
	}

}

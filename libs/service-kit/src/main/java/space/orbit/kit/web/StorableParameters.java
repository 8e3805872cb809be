package space.orbit.kit.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a request whose query parameters hold text that cannot be stored or compared in
 * a database ({@link StorableText}): 400 {@code invalid-parameter} naming the parameter,
 * before any handler reads it.
 */
public final class StorableParameters implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (!StorableText.storable(parameter.getKey())) {
				throw new InvalidParameterException("(name)", StorableText.REASON,
						"has a name that " + StorableText.DETAIL);
			}
			for (String value : parameter.getValue()) {
				if (value != null && !StorableText.storable(value)) {
					throw new InvalidParameterException(parameter.getKey(), StorableText.REASON, StorableText.DETAIL);
				}
			}
		}
		return true;
	}

}

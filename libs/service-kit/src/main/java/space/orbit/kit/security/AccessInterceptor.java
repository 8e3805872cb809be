package space.orbit.kit.security;

import java.util.Collection;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks an operation's declared role before Spring MVC reads its body and parameters, so
 * a token of too small a role learns nothing from validation (a 422 naming the fields)
 * and is answered 403 whatever it sent. Method security checks the same annotations again
 * when the method is called.
 */
class AccessInterceptor implements HandlerInterceptor {

	private final RoleHierarchy hierarchy;

	AccessInterceptor(RoleHierarchy hierarchy) {
		this.hierarchy = hierarchy;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		Roles.declaredBy(method.getMethod()).ifPresent((role) -> {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			Collection<? extends GrantedAuthority> held = (authentication != null)
					? this.hierarchy.getReachableGrantedAuthorities(authentication.getAuthorities())
					: java.util.List.of();
			if (held.stream().noneMatch((authority) -> ("ROLE_" + role).equals(authority.getAuthority()))) {
				throw new AccessDeniedException("This operation needs the role '" + role + "'");
			}
		});
		return true;
	}

}

package space.orbit.kit.security;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;

/**
 * Orbit's roles (ADR 0017): {@code admin} includes {@code operator}, which includes
 * {@code viewer}; the machine roles ({@code authenticator}, {@code key-reader}) are
 * included by none. A token names its roles in its {@code roles} claim.
 */
public final class Roles {

	public static final String VIEWER = "viewer";

	public static final String OPERATOR = "operator";

	public static final String ADMIN = "admin";

	/** The people's roles, from the least to the most. */
	public static final List<String> PEOPLE = List.of(VIEWER, OPERATOR, ADMIN);

	/** The claim a token names its roles in. */
	public static final String CLAIM = "roles";

	private Roles() {
	}

	/** The hierarchy every resource server applies. */
	public static RoleHierarchy hierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(ADMIN)
			.implies(OPERATOR)
			.role(OPERATOR)
			.implies(VIEWER)
			.build();
	}

	/**
	 * The role a handler method declares, on itself or its class, if it declares one.
	 * @param method a controller's handler method
	 * @return the role's name
	 */
	public static Optional<String> declaredBy(Method method) {
		return declared(method).or(() -> declared(method.getDeclaringClass()));
	}

	private static Optional<String> declared(java.lang.reflect.AnnotatedElement element) {
		if (AnnotatedElementUtils.hasAnnotation(element, AdminAccess.class)) {
			return Optional.of(ADMIN);
		}
		if (AnnotatedElementUtils.hasAnnotation(element, OperatorAccess.class)) {
			return Optional.of(OPERATOR);
		}
		if (AnnotatedElementUtils.hasAnnotation(element, ViewerAccess.class)) {
			return Optional.of(VIEWER);
		}
		RoleAccess role = AnnotatedElementUtils.findMergedAnnotation(element, RoleAccess.class);
		return Optional.ofNullable(role).map(RoleAccess::value);
	}

	/**
	 * The role just below {@code role}: what a token needs less than to be refused, for
	 * tests; {@code null} for viewer and the machine roles (below them is no role).
	 * @param role a role's name
	 * @return the role below it, or null
	 */
	public static String below(String role) {
		int index = PEOPLE.indexOf(role);
		return (index > 0) ? PEOPLE.get(index - 1) : null;
	}

}

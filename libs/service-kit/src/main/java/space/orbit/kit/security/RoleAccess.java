package space.orbit.kit.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The operation needs a machine role that no person's role includes, such as
 * {@code authenticator} (ADR 0017). For viewer, operator and admin use
 * {@link ViewerAccess}, {@link OperatorAccess} or {@link AdminAccess}.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasRole('{value}')")
public @interface RoleAccess {

	/** The role's name. */
	String value();

}

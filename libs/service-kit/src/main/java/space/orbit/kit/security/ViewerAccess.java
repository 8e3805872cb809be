package space.orbit.kit.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The operation needs the role {@code viewer} (read: every GET of the APIs), or one that
 * includes it (ADR 0017). The service's OpenAPI document says the same
 * ({@link AccessDocumentation}).
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasRole('viewer')")
public @interface ViewerAccess {

}

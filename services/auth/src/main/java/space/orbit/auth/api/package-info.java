/**
 * The API's security: a resource server on {@code /api/**} that accepts only this
 * service's own tokens (checked against its public key), roles from the {@code roles}
 * claim with Orbit's hierarchy, and 401/403 as problem details.
 */
package space.orbit.auth.api;

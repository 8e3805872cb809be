/**
 * The OpenID Connect provider (Spring Authorization Server): the protocol endpoints, the
 * clients from configuration, and the claims Orbit's tokens carry ({@code roles},
 * {@code name}, {@code client_id}).
 */
package space.orbit.auth.issuer;

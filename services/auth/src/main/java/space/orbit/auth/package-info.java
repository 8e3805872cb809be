/**
 * The auth service: Orbit's one OpenID Connect issuer (ADR 0017). Tokens for users (login
 * page, passwords checked by the users service), for the UIs (authorization code with
 * PKCE) and for machine clients (client credentials); API keys for ground stations.
 */
package space.orbit.auth;

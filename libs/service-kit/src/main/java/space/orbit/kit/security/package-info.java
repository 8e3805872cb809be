/**
 * Every Orbit service a resource server (ADR 0017): JWTs from the auth service, roles on
 * every operation, 401/403 as problems, the roles in the OpenAPI document.
 */
package space.orbit.kit.security;

/**
 * The login through the auth service (ADR 0017), with orbit.security.enabled: OAuth2
 * login with PKCE in Vaadin's security configuration, the person logged in as the
 * {@link space.orbit.console.operator.CurrentOperator}, and their access token on every
 * request to a service.
 */
package space.orbit.console.login;

/**
 * The dashboard's login (ADR 0017, dashboard): a backend-for-frontend. The browser holds
 * a session cookie only; the back end logs the person in at the auth service
 * (authorization code with PKCE), keeps their tokens in the session and relays the access
 * token to the owning services.
 */
package space.orbit.dashboard.login;

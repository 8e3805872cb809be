/**
 * The login page and the check behind it: e-mail and password, verified by the users
 * service (which alone holds password hashes), called with a short-lived token the auth
 * service signs for itself (role {@code authenticator}); and its throttling, which locks
 * an account or a client address after too many failed logins, in this instance's memory.
 */
package space.orbit.auth.login;

/**
 * Accounts: register a crew member or operator (one account per e-mail address), read
 * one, list them a page at a time; their access (viewer, operator, admin) and passwords
 * (BCrypt), checked for the auth service's login; the bootstrap administrator. Each
 * registration writes {@code user.created} to the outbox in its own transaction.
 */
package space.orbit.users.account;

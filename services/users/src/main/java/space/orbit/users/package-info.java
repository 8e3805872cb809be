/**
 * The users service: crew and operator accounts in PostgreSQL, each creation told to the
 * other logistics services as {@code user.created} on NATS JetStream through a
 * transactional outbox.
 */
package space.orbit.users;

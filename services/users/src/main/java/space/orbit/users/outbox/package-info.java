/**
 * The transactional outbox: events written with the change they tell of, published to
 * JetStream after the commit, recovered by a sweeper when the publisher died or NATS was
 * down. Delivery is at least once; the JetStream message id and the consumers'
 * idempotence make it effectively once.
 */
package space.orbit.users.outbox;

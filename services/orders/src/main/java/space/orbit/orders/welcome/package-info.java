/**
 * Welcome orders: every {@code user.created} becomes exactly one welcome order, however
 * often it is delivered and across restarts (the durable consumer resumes where it was;
 * the order's id is derived from the user's, a unique key in MongoDB).
 */
package space.orbit.orders.welcome;

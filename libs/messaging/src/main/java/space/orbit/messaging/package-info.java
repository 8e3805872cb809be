/**
 * How Orbit's services talk: the names of exchanges, queues and topics, the headers every
 * message carries, the RabbitMQ declarations and Kafka topics, and broker health checks.
 * Trace context travels as W3C {@code traceparent} in AMQP and Kafka headers, written and
 * read by Spring AMQP's and Spring Kafka's observations.
 */
package space.orbit.messaging;

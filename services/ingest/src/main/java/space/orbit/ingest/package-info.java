/**
 * The ingest service: the front door for telemetry. It validates what ground stations and
 * simulators send and queues each accepted batch as one persistent RabbitMQ message; a
 * 202 means the broker has confirmed it.
 */
package space.orbit.ingest;

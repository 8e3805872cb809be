/**
 * The analyzer: detects anomalies in processed telemetry with a Kafka Streams topology
 * ({@code detection}), under rules kept in PostgreSQL and published to a compacted topic
 * ({@code rules}), and runs the life of the alerts it raises ({@code alerts}).
 */
package space.orbit.analyzer;

/**
 * Test support shared by every module: fixtures on this machine's real PostgreSQL and
 * RabbitMQ with names unique to each test, a real Kafka broker per test JVM, a TCP proxy
 * that cuts a service off from a broker, telemetry builders, service processes and an
 * OTLP receiver.
 */
package space.orbit.test;

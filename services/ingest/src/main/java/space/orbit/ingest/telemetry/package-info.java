/**
 * Accepting telemetry: the HTTP endpoint, its errors and metrics, and the confirmed
 * publish.
 */
package space.orbit.ingest.telemetry;

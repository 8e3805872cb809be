/**
 * Who may send telemetry (ADR 0017): ground stations' API keys, checked against the
 * active keys ingest reads from the auth service every second, beside the kit's bearer
 * tokens; the rate limit per API key and per client.
 */
package space.orbit.ingest.security;

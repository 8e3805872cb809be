/**
 * Orbit's telemetry simulator: a constellation of spacecraft driven by simple physical
 * models, with scheduled mission faults, pushing frames to ingest (port 8110 for its own
 * health and metrics).
 */
package space.orbit.simulator;

/**
 * The mission database: missions, spacecraft (with TLEs) and parameter definitions
 * (calibrations, default limits) in PostgreSQL through JPA, served at
 * {@code /api/v1/missions}, {@code /api/v1/spacecraft} and {@code /api/v1/parameters};
 * every change is published to the compacted topic {@code orbit.registry.v1} through an
 * outbox, and recorded with who made it in the audit trail
 * ({@code /api/v1/registry/audit}).
 */
package space.orbit.processor.registry;

/**
 * Enrichment, pure: a record of frames read from {@code orbit.telemetry.v1} becomes
 * {@link space.orbit.enricher.enrichment.EnrichedSample}s with engineering values, units,
 * subsystems and missions from the registry, plus derived parameters; unknown spacecraft
 * and parameters are kept, flagged {@code known:false}.
 */
package space.orbit.enricher.enrichment;

/**
 * Enrichment, pure: a telemetry record read as columns (either contract, v1 JSON or v2
 * columns) becomes an {@link space.orbit.enricher.enrichment.EnrichedRecord}, a
 * {@link space.orbit.enricher.enrichment.EnrichedColumns} per parameter with engineering
 * values, units, subsystems and missions from the registry, plus derived parameters;
 * unknown spacecraft and parameters are kept, flagged {@code known:false}.
 */
package space.orbit.enricher.enrichment;

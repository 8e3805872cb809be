/**
 * The enricher (port 8103): consumes {@code orbit.telemetry.v2} in its own consumer
 * group, enriches every sample with the mission database read from
 * {@code orbit.registry.v1} ({@code registry}, {@code enrichment}), archives raw and
 * engineering values in MongoDB buckets and serves them, downsampled ({@code archive});
 * {@code telemetry} ties the stages together.
 */
package space.orbit.enricher;

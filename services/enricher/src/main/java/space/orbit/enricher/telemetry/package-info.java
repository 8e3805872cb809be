/**
 * The pipeline stage: records of {@code orbit.telemetry.v1} consumed in batches (group
 * {@code enricher}), enriched, written to the archive, and only then committed:
 * at-least-once delivery with idempotent writes, so nothing is lost and nothing doubled.
 */
package space.orbit.enricher.telemetry;

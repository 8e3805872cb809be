/**
 * The pipeline stage: telemetry records ({@code orbit.telemetry.v1} JSON or
 * {@code orbit.telemetry.v2} columns, by their content type) consumed in batches (group
 * {@code enricher}), enriched, written to the archive, and only then committed:
 * at-least-once delivery with idempotent writes, so nothing is lost and nothing doubled.
 */
package space.orbit.enricher.telemetry;

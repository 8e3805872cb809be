/**
 * The archive in MongoDB: enriched samples in an insert-only log of segments (each holds
 * one write's samples of one spacecraft, parameter and time window, at a numbered slot of
 * its window, so a redelivery adds nothing twice), kept for a retention period by a TTL
 * index, and served by {@code GET /api/v1/archive/samples} (raw, paged),
 * {@code GET /api/v1/archive/steps} (downsampled) and the CSV export; the buckets of
 * earlier versions are read with them until the retention empties their collection.
 */
package space.orbit.enricher.archive;

/**
 * The archive in MongoDB: enriched samples in buckets (one document per spacecraft,
 * parameter and time window) written idempotently, kept for a retention period by a TTL
 * index, and served by {@code GET /api/v1/archive/samples} (raw, paged) and
 * {@code GET /api/v1/archive/steps} (downsampled).
 */
package space.orbit.enricher.archive;

/**
 * Posting batches to ingest over HTTP: same batch re-sent after a 503 and its
 * Retry-After, bounded retries, counts by status as metrics.
 */
package space.orbit.simulator.send;

/**
 * Posting batches to ingest over HTTP: same batch re-sent after a 503 and its
 * Retry-After, bounded retries, counts by status as metrics; the credentials an ingest
 * with security on needs (an API key or a client-credentials token).
 */
package space.orbit.simulator.send;

/**
 * What waits in the worker, as gauges: the depth and consumers of its job queue, its
 * dead-letter queue and its retry queue, and the results waiting in its outbox and the
 * age of the oldest (as the processor's, ADR 0016). Read on a schedule and cached, so a
 * scrape never waits for a broker or the database.
 */
package space.orbit.worker.backlog;

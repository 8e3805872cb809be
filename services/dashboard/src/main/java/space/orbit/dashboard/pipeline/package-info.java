/**
 * The pipeline strip's figures: samples per second accepted (ingest), stored (processor)
 * and archived (enricher), the Kafka consumers' lag (enricher, analyzer) and the open
 * alerts (analyzer), read from the owning services' {@code /metrics} and APIs, never from
 * their databases.
 */
package space.orbit.dashboard.pipeline;

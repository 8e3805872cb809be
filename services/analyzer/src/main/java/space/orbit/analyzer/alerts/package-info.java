/**
 * The alert lifecycle: alert events from {@code orbit.alerts.v1} recorded once in
 * PostgreSQL (one open alert per spacecraft, parameter and detector; a fleet-wide storm
 * guard), operator actions (acknowledge, shelve, unshelve, clear), expiry of shelves, and
 * the alerts API. {@link space.orbit.analyzer.alerts.AlertEvent} is the topic's contract.
 */
package space.orbit.analyzer.alerts;

/**
 * The owning services' HTTP APIs (analyzer, processor, enricher, worker) proxied through
 * the dashboard's origin.
 */
package space.orbit.dashboard.upstream;

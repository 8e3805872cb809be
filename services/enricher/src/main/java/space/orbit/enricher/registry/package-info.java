/**
 * The mission database as the enricher sees it: {@code orbit.registry.v1} read from the
 * beginning into memory ({@link space.orbit.enricher.registry.Registry}), ready once it
 * has caught up with the topic's end at start-up, then kept up to date.
 */
package space.orbit.enricher.registry;

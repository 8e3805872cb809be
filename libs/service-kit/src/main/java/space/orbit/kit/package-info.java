/**
 * The service kit: what every Orbit service gets by depending on this library. Defaults
 * in {@code orbit-service-defaults.properties} (health and metrics endpoints, tracing,
 * JSON logs), the {@code X-Request-ID} filter, trace-context helpers, and RFC 9457
 * problem details.
 */
package space.orbit.kit;

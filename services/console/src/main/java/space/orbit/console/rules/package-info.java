/**
 * Detection rules over the analyzer's rules API: listed, edited as JSON, enabled and
 * disabled, deleted, and backtested over archived telemetry before they are switched on.
 */
package space.orbit.console.rules;

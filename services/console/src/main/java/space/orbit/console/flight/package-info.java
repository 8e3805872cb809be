/**
 * Flight dynamics over the worker's jobs API: pass prediction submitted, watched,
 * cancelled.
 */
package space.orbit.console.flight;

/**
 * The constellation's telemetry as a deterministic sequence of ticks: models plus faults,
 * a pure function of the seed and the settings, independent of the wall clock.
 */
package space.orbit.simulator.stream;

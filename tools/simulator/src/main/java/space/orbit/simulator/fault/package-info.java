/**
 * Mission faults: the spec grammar
 * ({@code TYPE:SPACECRAFT[:PARAMETER]@+OFFSET[/DURATION]}), scenario files, the injector
 * that applies them to the stream, and the
 * {@link space.orbit.simulator.fault.ExpectedAlert} each must cause.
 */
package space.orbit.simulator.fault;

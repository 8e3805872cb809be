/**
 * Signal analysis: a parameter's history read from the processor's samples API, its power
 * spectrum and dominant periods.
 */
package space.orbit.worker.spectral;

/**
 * Flight dynamics on SGP4 (Orekit): pass prediction, ground tracks and conjunction
 * screening. Pure computations: no Spring, no I/O.
 */
package space.orbit.worker.orbits;

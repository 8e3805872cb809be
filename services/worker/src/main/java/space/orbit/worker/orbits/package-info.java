/**
 * Flight dynamics on SGP4 (the reference algorithm in Orekit's TLE propagator): pass
 * prediction, ground tracks and conjunction screening. Pure computations: no Spring, no
 * I/O.
 */
package space.orbit.worker.orbits;

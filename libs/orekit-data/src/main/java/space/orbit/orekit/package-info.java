/**
 * Orekit set up without an orekit-data folder: what the simulator and the worker share.
 */
package space.orbit.orekit;

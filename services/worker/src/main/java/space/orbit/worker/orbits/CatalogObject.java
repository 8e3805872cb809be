package space.orbit.worker.orbits;

import org.orekit.propagation.analytical.tle.TLE;

/**
 * One object of a screening catalog.
 *
 * @param id its name in the results
 * @param tle its element set
 */
public record CatalogObject(String id, TLE tle) {
}

package space.orbit.worker.orbits;

import java.time.Instant;

/**
 * A close approach between two catalog objects.
 *
 * @param objectA the first object's id
 * @param objectB the second object's id
 * @param tca the time of closest approach
 * @param missDistance the distance at TCA, km
 * @param relativeSpeed the relative speed at TCA, km/s
 */
public record Conjunction(String objectA, String objectB, Instant tca, double missDistance, double relativeSpeed) {
}

package space.orbit.worker.orbits;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A ground station on the WGS-84 ellipsoid.
 *
 * @param name its name, echoed in the passes
 * @param latitude geodetic latitude, degrees
 * @param longitude longitude, degrees east
 * @param altitude height above the ellipsoid, metres
 * @param minElevation the elevation mask, degrees: a pass starts (AOS) and ends (LOS)
 * there
 */
public record GroundStation(@NotBlank @Size(max = 64) String name, @DecimalMin("-90") @DecimalMax("90") double latitude,
		@DecimalMin("-180") @DecimalMax("180") double longitude,
		@DecimalMin("-500") @DecimalMax("9000") double altitude,
		@DecimalMin("-5") @DecimalMax("89") double minElevation) {
}

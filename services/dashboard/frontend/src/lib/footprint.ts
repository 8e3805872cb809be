// What a ground station sees: the circle on the ground under every spacecraft position it
// can see above its elevation mask.

/** Mean Earth radius, km. */
export const EARTH_RADIUS_KM = 6371.0;

/**
 * The Earth-central angle (degrees) from a station to the sub-satellite point of a
 * spacecraft at {@code altitudeKm} seen at {@code minElevationDeg} above its horizon:
 * λ = acos(R cos ε / (R + h)) − ε.
 */
export function visibilityRadiusDeg(altitudeKm: number, minElevationDeg: number): number {
  const elevation = (minElevationDeg * Math.PI) / 180;
  const lambda = Math.acos((EARTH_RADIUS_KM * Math.cos(elevation)) / (EARTH_RADIUS_KM + altitudeKm)) - elevation;
  return (Math.max(0, lambda) * 180) / Math.PI;
}

/** The great-circle distance between two points (degrees of latitude and longitude), km. */
export function greatCircleKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

export interface LatLon {
  latitude: number;
  longitude: number;
}

/**
 * Splits a ground track where it crosses the antimeridian (a jump of more than 180° in
 * longitude between two points), so no segment is drawn across the whole map. Each cut
 * ends at ±180° and the next segment starts at ∓180°, at the latitude interpolated at the
 * crossing. Returns [longitude, latitude] segments (GeoJSON order).
 */
export function splitAtAntimeridian(points: LatLon[]): [number, number][][] {
  const segments: [number, number][][] = [];
  let current: [number, number][] = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    if (i > 0) {
      const prev = points[i - 1];
      const delta = p.longitude - prev.longitude;
      if (Math.abs(delta) > 180) {
        const eastward = delta < 0; // e.g. 179 -> -179 crosses going east
        const edge = eastward ? 180 : -180;
        const unwrapped = p.longitude + (eastward ? 360 : -360);
        const f = (edge - prev.longitude) / (unwrapped - prev.longitude);
        const lat = prev.latitude + f * (p.latitude - prev.latitude);
        current.push([edge, lat]);
        segments.push(current);
        current = [[-edge, lat]];
      }
    }
    current.push([p.longitude, p.latitude]);
  }
  if (current.length > 0) segments.push(current);
  return segments;
}

// Where the Sun stands over the Earth, for the map's day/night terminator: the
// Astronomical Almanac's low-precision formulae (about 0.01° until 2050), enough for a
// line drawn on a 1000-pixel map.
import type { LatLon } from './antimeridian';

const DEG = Math.PI / 180;

function normalize(degrees: number): number {
  return ((((degrees + 180) % 360) + 360) % 360) - 180;
}

/** The subsolar point at {@code epochMs}: the Sun in the zenith there. */
export function subsolarPoint(epochMs: number): LatLon {
  const n = epochMs / 86_400_000 + 2440587.5 - 2451545.0; // days from J2000.0
  const meanLongitude = 280.46 + 0.9856474 * n;
  const meanAnomaly = (357.528 + 0.9856003 * n) * DEG;
  const eclipticLongitude = (meanLongitude + 1.915 * Math.sin(meanAnomaly) + 0.02 * Math.sin(2 * meanAnomaly)) * DEG;
  const obliquity = (23.439 - 0.0000004 * n) * DEG;
  const rightAscension = Math.atan2(Math.cos(obliquity) * Math.sin(eclipticLongitude), Math.cos(eclipticLongitude)) / DEG;
  const declination = Math.asin(Math.sin(obliquity) * Math.sin(eclipticLongitude)) / DEG;
  const gmst = 280.46061837 + 360.98564736629 * n;
  return { latitude: declination, longitude: normalize(rightAscension - gmst) };
}

/** The point opposite the Sun: the centre of the night, 90° from the terminator. */
export function antisolarPoint(epochMs: number): LatLon {
  const sun = subsolarPoint(epochMs);
  return { latitude: -sun.latitude, longitude: normalize(sun.longitude + 180) };
}

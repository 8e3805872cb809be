import { describe, expect, it } from 'vitest';
import { greatCircleKm, visibilityRadiusDeg } from './footprint';

describe('a station\'s visibility circle', () => {
  it('reaches the horizon at 0° elevation: acos(R / (R + h))', () => {
    expect(visibilityRadiusDeg(500, 0)).toBeCloseTo(22.03, 1);
  });

  it('shrinks with the elevation mask and grows with the altitude', () => {
    // A 500 km orbit above 5°: about 17.6° of arc, 1960 km on the ground.
    expect(visibilityRadiusDeg(500, 5)).toBeCloseTo(17.6, 0);
    expect(visibilityRadiusDeg(500, 10)).toBeLessThan(visibilityRadiusDeg(500, 5));
    expect(visibilityRadiusDeg(800, 5)).toBeGreaterThan(visibilityRadiusDeg(500, 5));
    expect(visibilityRadiusDeg(500, 90)).toBe(0);
  });

  it('measures great circles', () => {
    expect(greatCircleKm(0, 0, 0, 1)).toBeCloseTo(111.19, 1);
    expect(greatCircleKm(10, 179.9, 10, -179.9)).toBeCloseTo(21.9, 0);
  });
});

import { describe, expect, it } from 'vitest';
import { antisolarPoint, subsolarPoint } from './sun';

describe('the Sun over the Earth', () => {
  it('stands over the equator at the March equinox and over the tropic at the June solstice', () => {
    expect(subsolarPoint(Date.parse('2024-03-20T03:06:00Z')).latitude).toBeCloseTo(0, 1);
    expect(subsolarPoint(Date.parse('2024-06-20T20:51:00Z')).latitude).toBeCloseTo(23.44, 1);
    expect(subsolarPoint(Date.parse('2024-12-21T09:21:00Z')).latitude).toBeCloseTo(-23.44, 1);
  });

  it('crosses Greenwich at noon less the equation of time', () => {
    // 3 November: the Sun runs 16.4 minutes fast, so at 12:00 UTC it is 4.1° west.
    expect(subsolarPoint(Date.parse('2024-11-03T12:00:00Z')).longitude).toBeCloseTo(-4.1, 1);
    // 12 February: 14.2 minutes slow, 3.55° east at noon.
    expect(subsolarPoint(Date.parse('2025-02-12T12:00:00Z')).longitude).toBeCloseTo(3.55, 1);
  });

  it('moves west 15° an hour and stays within -180..180', () => {
    const t = Date.parse('2026-12-06T00:00:00Z');
    for (let h = 0; h < 48; h++) {
      const a = subsolarPoint(t + h * 3_600_000).longitude;
      const b = subsolarPoint(t + (h + 1) * 3_600_000).longitude;
      expect(a).toBeGreaterThanOrEqual(-180);
      expect(a).toBeLessThan(180);
      expect((((a - b) % 360) + 360) % 360).toBeCloseTo(15, 1);
    }
  });

  it('puts the night opposite the Sun', () => {
    const t = Date.parse('2026-06-01T06:00:00Z');
    const sun = subsolarPoint(t);
    const night = antisolarPoint(t);
    expect(night.latitude).toBeCloseTo(-sun.latitude, 9);
    expect(Math.abs((((night.longitude - sun.longitude) % 360) + 360) % 360)).toBeCloseTo(180, 9);
  });
});

import { describe, expect, it } from 'vitest';
import { bars, colourOf, Pass, PALETTE, splitAtNow } from './flightDynamics';

const point = (iso: string, longitude: number) => ({ time: iso, latitude: 0, longitude, altitude: 500 });
const pass = (station: string, aos: string, los: string): Pass => ({
  spacecraftId: 'ORB-1', station, aos, los, maxElevationTime: aos, maxElevation: 40, partial: false, jobId: 'j',
});

describe('the planner\'s tracks and passes', () => {
  it('splits a track at now, the next orbit starting where the past ends', () => {
    const track = [point('2026-12-06T10:00:00Z', 0), point('2026-12-06T10:01:00Z', 4), point('2026-12-06T10:02:00Z', 8)];
    const { past, next } = splitAtNow(track, Date.parse('2026-12-06T10:01:30Z'));
    expect(past.map((p) => p.longitude)).toEqual([0, 4]);
    expect(next.map((p) => p.longitude)).toEqual([4, 8]);
    expect(splitAtNow(track, Date.parse('2026-12-06T09:00:00Z')).past).toEqual([]);
    expect(splitAtNow(track, Date.parse('2026-12-06T09:00:00Z')).next).toHaveLength(3);
  });

  it('lays a station\'s passes on the timeline, cut to its span', () => {
    const from = Date.parse('2026-12-06T10:00:00Z');
    const to = Date.parse('2026-12-06T12:00:00Z');
    const passes = [
      pass('Kiruna', '2026-12-06T09:55:00Z', '2026-12-06T10:05:00Z'),
      pass('Kiruna', '2026-12-06T11:00:00Z', '2026-12-06T11:12:00Z'),
      pass('Svalbard', '2026-12-06T11:00:00Z', '2026-12-06T11:10:00Z'),
      pass('Kiruna', '2026-12-06T13:00:00Z', '2026-12-06T13:10:00Z'),
    ];
    const laid = bars(passes, 'Kiruna', from, to, 1200);
    expect(laid.map((b) => [b.x, b.width])).toEqual([[0, 50], [600, 120]]);
  });

  it('gives each spacecraft its colour', () => {
    expect(colourOf(['ORB-1', 'ORB-2'], 'ORB-2')).toBe(PALETTE[1]);
    expect(colourOf(['ORB-1'], 'ORB-9')).toBe(PALETTE[0]);
  });
});

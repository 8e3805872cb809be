import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_MS, formatDuration, parseDuration, readState, visibleRange, writeState } from './urlState';

describe('URL state', () => {
  it('round-trips every field', () => {
    const state = { view: 'spacecraft' as const, spacecraft: 'ORB-1', parameters: ['EPS.BATTERY.VOLTAGE', 'AOCS.MODE'], windowMs: 90_000, end: Date.parse('2026-12-05T10:00:00Z') };
    const search = writeState(state);
    expect(search).toBe('?view=spacecraft&sc=ORB-1&p=EPS.BATTERY.VOLTAGE,AOCS.MODE&window=PT1M30S&end=2026-12-05T10%3A00%3A00.000Z');
    expect(readState(search)).toEqual(state);
  });

  it('falls back to the fleet in real time with the default window', () => {
    expect(readState('?view=nonsense&window=5 minutes&end=yesterday')).toEqual({ view: 'fleet', spacecraft: null, parameters: [], windowMs: DEFAULT_WINDOW_MS, end: null });
    expect(writeState(readState(''))).toBe('?view=fleet');
  });

  it('knows the passes view', () => {
    expect(readState('?view=passes').view).toBe('passes');
    expect(writeState(readState('?view=passes'))).toBe('?view=passes');
  });

  it('reads and writes durations', () => {
    expect(parseDuration('PT5M')).toBe(300_000);
    expect(parseDuration('PT1H')).toBe(3_600_000);
    expect(parseDuration('PT0.5S')).toBe(500);
    expect(parseDuration('PT')).toBeNull();
    expect(parseDuration('P1D')).toBeNull();
    expect(formatDuration(3_600_000)).toBe('PT1H');
    expect(formatDuration(10_000)).toBe('PT10S');
  });

  it('the time conductor slides in real time and stays put on a fixed range', () => {
    const live = readState('?window=PT1M');
    expect(visibleRange(live, 1_000_000)).toEqual([940_000, 1_000_000]);
    const fixed = readState('?window=PT1M&end=1970-01-01T00:10:00Z');
    expect(visibleRange(fixed, 99_999_999)).toEqual([540_000, 600_000]);
  });
});

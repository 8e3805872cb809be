import { describe, expect, it } from 'vitest';
import { ColumnRing, columnMillis, columnOf, largestGap, reduce, stepsToColumns } from './columns';

const col = (t: number, min: number, max = min, count = 1) => ({ t, min, max, last: max, count });

describe('reduction', () => {
  it('reduces samples to min/max/last/count per epoch-aligned column', () => {
    const samples = [{ t: 1050, v: 3 }, { t: 1070, v: 1 }, { t: 1099, v: 2 }, { t: 1100, v: 9 }];
    expect(reduce(samples, 100)).toEqual([
      { t: 1000, min: 1, max: 3, last: 2, count: 3 },
      { t: 1100, min: 9, max: 9, last: 9, count: 1 },
    ]);
  });

  it('sizes columns from the window and the width, never under 1 ms', () => {
    expect(columnMillis(300_000, 1000)).toBe(300);
    expect(columnMillis(1000, 4000)).toBe(1);
    expect(columnOf(-1, 100)).toBe(-100);
  });

  it('turns archive steps into the same columns live data fills, so history and live join', () => {
    const history = stepsToColumns([
      { from: '1970-01-01T00:00:01.000Z', count: 2, min: 1, max: 4, avg: 2.5 },
      { from: '1970-01-01T00:00:01.100Z', count: 0 },
    ]);
    const live = reduce([{ t: 1100, v: 5 }, { t: 1250, v: 6 }], 100);
    const ring = new ColumnRing(10);
    [...history, ...live].forEach((c) => ring.add(c));
    expect(ring.toArrays()[0]).toEqual([1, 1.1, 1.2]);
    expect(largestGap(ring, 100)).toBe(1);
  });
});

describe('column ring', () => {
  it('holds at most its capacity, dropping the oldest', () => {
    const ring = new ColumnRing(3);
    for (let i = 0; i < 10; i++) ring.add(col(i * 10, i));
    expect(ring.length).toBe(3);
    expect(ring.toArrays()[0]).toEqual([0.07, 0.08, 0.09]);
  });

  it('merges a column that arrives in two parts', () => {
    const ring = new ColumnRing(3);
    ring.add(col(100, 5, 6, 2));
    ring.add({ t: 100, min: 1, max: 3, last: 2, count: 3 });
    expect(ring.at(0)).toEqual({ t: 100, min: 1, max: 6, last: 2, count: 5 });
  });

  it('inserts a late column in order and refuses one older than all it holds when full', () => {
    const ring = new ColumnRing(3);
    ring.add(col(100, 1));
    ring.add(col(300, 3));
    ring.add(col(200, 2));
    expect(ring.toArrays()[0]).toEqual([0.1, 0.2, 0.3]);
    ring.add(col(50, 0));
    expect(ring.refused).toBe(1);
    expect(ring.toArrays()[1]).toEqual([1, 2, 3]);
  });

  it('drops what left the window', () => {
    const ring = new ColumnRing(5);
    for (let i = 0; i < 5; i++) ring.add(col(i * 100, i));
    ring.dropBefore(250);
    expect(ring.toArrays()[0]).toEqual([0.3, 0.4]);
    ring.add(col(500, 5));
    ring.add(col(600, 6));
    expect(ring.newest()).toBe(600);
    expect(ring.length).toBe(4);
  });
});

describe('the join of history and live', () => {
  // A sample every 100 ms for 20 s; columns of 139 ms (a 2-minute window on 860 pixels).
  const COLUMN = 139;
  const samples = Array.from({ length: 200 }, (_, i) => ({ t: 1_000_000 + i * 100, v: Math.sin(i / 7) * 10 + (i % 3) }));
  const archived = (until: number, from = 0) => reduce(samples.filter((s) => s.t >= from && s.t < until), COLUMN);
  const streamed = (from: number) => {
    // The stream's columns, in the parts its flushes cut them into (a flush every 250 ms).
    const parts: ReturnType<typeof reduce>[] = [];
    const live = samples.filter((s) => s.t >= from);
    for (let at = from; at < 1_020_000; at += 250) parts.push(reduce(live.filter((s) => s.t >= at && s.t < at + 250), COLUMN));
    return parts.flat();
  };
  const whole = reduce(samples, COLUMN);
  const check = (ring: ColumnRing) => {
    const times = ring.times();
    expect(new Set(times).size).toBe(times.length);
    expect(largestGap(ring, COLUMN)).toBe(1);
    expect(times).toEqual(whole.map((c) => c.t));
    // What is drawn (min and max) is exact everywhere; the count is exact where history
    // alone holds the column (where both hold one, neither says which samples they share).
    for (let i = 0; i < ring.length; i++) {
      expect(ring.at(i).min).toBe(whole[i].min);
      expect(ring.at(i).max).toBe(whole[i].max);
      if (whole[i].t < ring.liveFrom!) expect(ring.at(i).count).toBe(whole[i].count);
    }
  };

  it('fills the seam the archive had not yet archived when the page asked, with no double columns', () => {
    const ring = new ColumnRing(1000);
    // The page asks the archive at 1 008 000, which has archived up to 1 007 400 (its lag);
    // the stream starts at 1 008 300; three seconds later the page asks again.
    archived(1_007_400).forEach((c) => ring.addHistory(c));
    const live = streamed(1_008_300);
    live.slice(0, 10).forEach((c) => ring.add(c));
    expect(largestGap(ring, COLUMN)).toBeGreaterThan(1);
    archived(1_011_000, 1_008_000 - 60_000).forEach((c) => ring.addHistory(c));
    live.slice(10).forEach((c) => ring.add(c));
    check(ring);
  });

  it('says the seam is open until history reaches the first live column', () => {
    const ring = new ColumnRing(1000);
    expect(ring.seamOpen(COLUMN)).toBe(true);
    archived(1_007_400).forEach((c) => ring.addHistory(c));
    expect(ring.seamOpen(COLUMN)).toBe(true);
    streamed(1_008_300).slice(0, 10).forEach((c) => ring.add(c));
    // The archive still lags at the next read: the seam stays open.
    archived(1_007_900, 1_008_000 - 60_000).forEach((c) => ring.addHistory(c));
    expect(ring.seamOpen(COLUMN)).toBe(true);
    archived(1_011_000, 1_008_000 - 60_000).forEach((c) => ring.addHistory(c));
    expect(ring.seamOpen(COLUMN)).toBe(false);
  });

  it('joins the same whichever arrives first, and a repeated read counts nothing twice', () => {
    const ring = new ColumnRing(1000);
    const live = streamed(1_008_300);
    live.forEach((c) => ring.add(c));
    archived(1_011_000).forEach((c) => ring.addHistory(c));
    archived(1_020_000).forEach((c) => ring.addHistory(c));
    archived(1_020_000).forEach((c) => ring.addHistory(c));
    check(ring);
  });

  it('replaces an incomplete column of history by the complete one before the live columns', () => {
    const ring = new ColumnRing(10);
    ring.addHistory({ t: 0, min: 1, max: 2, last: 2, count: 2 });
    ring.addHistory({ t: 0, min: 0, max: 2, last: 0, count: 3 });
    ring.add({ t: 100, min: 5, max: 5, last: 5, count: 1 });
    ring.addHistory({ t: 100, min: 4, max: 5, last: 4, count: 2 });
    expect(ring.at(0)).toEqual({ t: 0, min: 0, max: 2, last: 0, count: 3 });
    expect(ring.at(1)).toEqual({ t: 100, min: 4, max: 5, last: 5, count: 2 });
  });
});


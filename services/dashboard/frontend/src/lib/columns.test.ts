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

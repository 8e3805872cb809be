// A chart's data: one entry per pixel column (aligned to the epoch, as the server and the
// archive's steps align them), held in a ring of fixed capacity: memory stays flat however
// long the page stays open.

export interface Column {
  t: number;
  min: number;
  max: number;
  last: number;
  count: number;
}

/** A fixed-capacity ring of columns in time order; the oldest goes when it is full. */
export class ColumnRing {
  private readonly t: Float64Array;
  private readonly min: Float64Array;
  private readonly max: Float64Array;
  private readonly last: Float64Array;
  private readonly count: Float64Array;
  private start = 0;
  private size = 0;
  /** Columns refused because they were older than the oldest held. */
  refused = 0;

  constructor(readonly capacity: number) {
    this.t = new Float64Array(capacity);
    this.min = new Float64Array(capacity);
    this.max = new Float64Array(capacity);
    this.last = new Float64Array(capacity);
    this.count = new Float64Array(capacity);
  }

  get length(): number {
    return this.size;
  }

  private index(i: number): number {
    return (this.start + i) % this.capacity;
  }

  at(i: number): Column {
    const k = this.index(i);
    return { t: this.t[k], min: this.min[k], max: this.max[k], last: this.last[k], count: this.count[k] };
  }

  newest(): number | null {
    return this.size ? this.t[this.index(this.size - 1)] : null;
  }

  /** The first live column's time (null before any): history before it is the archive's alone. */
  liveFrom: number | null = null;

  /**
   * Adds a live column: merged into the column of the same time (a column arrives in parts
   * when a flush cuts it), appended when newer, inserted in place when older.
   */
  add(c: Column): void {
    if (this.liveFrom === null || c.t < this.liveFrom) this.liveFrom = c.t;
    const i = this.before(c.t);
    if (i >= 0 && this.t[this.index(i)] === c.t) {
      const k = this.index(i);
      this.min[k] = Math.min(this.min[k], c.min);
      this.max[k] = Math.max(this.max[k], c.max);
      if (i === this.size - 1) this.last[k] = c.last;
      this.count[k] += c.count;
      return;
    }
    this.insertAfter(i, c);
  }

  /**
   * Adds a column of history (the archive's step of the same width): before the first live
   * column it is the whole column, so it replaces what an earlier, still incomplete read
   * gave; from the first live column on it covers what the stream also sent, so the two
   * are united (min of the mins, max of the maxes, the larger count), never added twice.
   */
  addHistory(c: Column): void {
    const i = this.before(c.t);
    if (i >= 0 && this.t[this.index(i)] === c.t) {
      const k = this.index(i);
      if (this.liveFrom === null || c.t < this.liveFrom) {
        this.min[k] = c.min;
        this.max[k] = c.max;
        this.last[k] = c.last;
        this.count[k] = c.count;
      } else {
        this.min[k] = Math.min(this.min[k], c.min);
        this.max[k] = Math.max(this.max[k], c.max);
        this.count[k] = Math.max(this.count[k], c.count);
      }
      return;
    }
    this.insertAfter(i, c);
  }

  /**
   * Whether history has not yet joined the live columns: no live column yet, or the column
   * just before the first live one is missing (the archive had not archived it when it was
   * read). A parameter sampled more sparsely than the columns looks open too, which is why
   * the page's reads of the seam are bounded.
   */
  seamOpen(columnMs: number): boolean {
    if (this.liveFrom === null) return true;
    const i = this.before(this.liveFrom - 1);
    return i < 0 || this.t[this.index(i)] < this.liveFrom - columnMs;
  }

  /** The index of the newest column not newer than {@code t} (-1: none). */
  private before(t: number): number {
    let i = this.size - 1;
    while (i >= 0 && this.t[this.index(i)] > t) i--;
    return i;
  }

  private insertAfter(i: number, c: Column): void {
    if (i < 0 && this.size === this.capacity) {
      this.refused++;
      return;
    }
    if (this.size === this.capacity) {
      this.start = (this.start + 1) % this.capacity;
      this.size--;
      i--;
    }
    // Shift the newer ones up by one, then write at i + 1.
    for (let j = this.size - 1; j > i; j--) this.copy(this.index(j), this.index(j + 1));
    const k = this.index(i + 1);
    this.t[k] = c.t;
    this.min[k] = c.min;
    this.max[k] = c.max;
    this.last[k] = c.last;
    this.count[k] = c.count;
    this.size++;
  }

  private copy(from: number, to: number): void {
    this.t[to] = this.t[from];
    this.min[to] = this.min[from];
    this.max[to] = this.max[from];
    this.last[to] = this.last[from];
    this.count[to] = this.count[from];
  }

  /** Drops columns older than {@code t}. */
  dropBefore(t: number): void {
    while (this.size && this.t[this.start] < t) {
      this.start = (this.start + 1) % this.capacity;
      this.size--;
    }
  }

  /** The columns' times (epoch ms), oldest first. */
  times(): number[] {
    const ts: number[] = new Array(this.size);
    for (let i = 0; i < this.size; i++) ts[i] = this.t[this.index(i)];
    return ts;
  }

  /** Parallel arrays for uPlot: seconds, min, max. */
  toArrays(): [number[], number[], number[]] {
    const ts: number[] = new Array(this.size);
    const mins: number[] = new Array(this.size);
    const maxs: number[] = new Array(this.size);
    for (let i = 0; i < this.size; i++) {
      const k = this.index(i);
      ts[i] = this.t[k] / 1000;
      mins[i] = this.min[k];
      maxs[i] = this.max[k];
    }
    return [ts, mins, maxs];
  }
}

/** The column a time falls in, for columns of {@code columnMs}: floor to a multiple. */
export function columnOf(t: number, columnMs: number): number {
  return Math.floor(t / columnMs) * columnMs;
}

/** The column width for a window drawn on {@code width} pixels (at least 1 ms). */
export function columnMillis(windowMs: number, width: number): number {
  return Math.max(1, Math.floor(windowMs / width));
}

/** Reduces raw samples to columns (what the server does; used for tests and raw history). */
export function reduce(samples: { t: number; v: number }[], columnMs: number): Column[] {
  const out: Column[] = [];
  for (const s of samples) {
    const t = columnOf(s.t, columnMs);
    const c = out.length ? out[out.length - 1] : null;
    if (c && c.t === t) {
      c.min = Math.min(c.min, s.v);
      c.max = Math.max(c.max, s.v);
      c.last = s.v;
      c.count++;
    } else {
      out.push({ t, min: s.v, max: s.v, last: s.v, count: 1 });
    }
  }
  return out;
}

export interface ArchiveStep {
  from: string;
  count: number;
  min?: number;
  max?: number;
  avg?: number;
}

/** The archive's steps (enricher, step = the column width, from aligned) as columns. */
export function stepsToColumns(steps: ArchiveStep[]): Column[] {
  return steps
    .filter((s) => s.count > 0 && s.min !== undefined && s.max !== undefined)
    .map((s) => ({ t: Date.parse(s.from), min: s.min!, max: s.max!, last: s.avg ?? s.max!, count: s.count }));
}

/** Largest gap between neighbouring columns, in columns (1 = none missing). */
export function largestGap(ring: ColumnRing, columnMs: number): number {
  let gap = 0;
  for (let i = 1; i < ring.length; i++) gap = Math.max(gap, (ring.at(i).t - ring.at(i - 1).t) / columnMs);
  return gap;
}

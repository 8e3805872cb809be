// The live stream (server-sent events) with reconnection and resume: when the connection
// drops (or the server says it dropped columns this page could not take), the stream
// reconnects with back-off and asks for the gap to be filled from history, from the newest
// column it had, so the chart shows no hole.

export interface SeriesColumns {
  spacecraftId: string;
  parameter: string;
  t: number[];
  min: number[];
  max: number[];
  last: number[];
  count: number[];
}

export interface StreamHandlers {
  hello?(info: { clientId: number; columnMillis: number }): void;
  points?(series: SeriesColumns[]): void;
  values?(values: { spacecraftId: string; parameter: string; t: number; value: unknown }[]): void;
  contact?(contacts: Record<string, number>): void;
  alert?(alert: Record<string, unknown>): void;
  compute?(job: Record<string, unknown>): void;
  dropped?(count: number): void;
  /** Fill [from, now) from history: called after a reconnection or a drop. */
  resume?(from: number): void;
  status?(status: 'connecting' | 'live' | 'reconnecting' | 'closed'): void;
}

export interface EventSourceLike {
  addEventListener(name: string, listener: (event: { data: string }) => void): void;
  close(): void;
  onerror: ((event: unknown) => void) | null;
}

export type EventSourceFactory = (url: string) => EventSourceLike;

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const browserTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as number),
};

export class LiveStream {
  /** The newest column time received (epoch ms), or null. */
  newest: number | null = null;
  reconnects = 0;
  private source: EventSourceLike | null = null;
  private retryMs: number;
  private timer: unknown = null;
  private closed = false;
  private resumeNext = false;

  constructor(
    private readonly url: string,
    private readonly handlers: StreamHandlers,
    private readonly factory: EventSourceFactory = (u) => new EventSource(u) as unknown as EventSourceLike,
    private readonly timers: Timers = browserTimers,
    private readonly minRetryMs = 500,
    private readonly maxRetryMs = 10_000,
  ) {
    this.retryMs = minRetryMs;
  }

  start(): this {
    this.connect();
    return this;
  }

  close(): void {
    this.closed = true;
    this.timers.clearTimeout(this.timer);
    this.source?.close();
    this.handlers.status?.('closed');
  }

  private connect(): void {
    if (this.closed) return;
    this.handlers.status?.(this.reconnects ? 'reconnecting' : 'connecting');
    const source = this.factory(this.url);
    this.source = source;
    const on = (name: string, fn: (data: any) => void) =>
      source.addEventListener(name, (e) => {
        if (this.source === source) fn(JSON.parse(e.data));
      });
    on('hello', (info) => {
      this.retryMs = this.minRetryMs;
      this.handlers.status?.('live');
      this.handlers.hello?.(info);
      if (this.resumeNext && this.newest !== null) this.handlers.resume?.(this.newest);
      this.resumeNext = false;
    });
    on('points', (data) => {
      for (const s of data.series as SeriesColumns[]) {
        const t = s.t[s.t.length - 1];
        if (t !== undefined && (this.newest === null || t > this.newest)) this.newest = t;
      }
      this.handlers.points?.(data.series);
    });
    on('values', (data) => this.handlers.values?.(data.values));
    on('contact', (data) => this.handlers.contact?.(data.contacts));
    on('alert', (data) => this.handlers.alert?.(data));
    on('compute', (data) => this.handlers.compute?.(data));
    on('dropped', (data) => {
      this.handlers.dropped?.(data.dropped);
      if (this.newest !== null) this.handlers.resume?.(this.newest);
    });
    source.onerror = () => {
      if (this.source !== source || this.closed) return;
      source.close();
      this.source = null;
      this.reconnects++;
      this.resumeNext = true;
      this.handlers.status?.('reconnecting');
      const wait = this.retryMs;
      this.retryMs = Math.min(this.maxRetryMs, this.retryMs * 2);
      this.timer = this.timers.setTimeout(() => this.connect(), wait);
    };
  }
}

/** The stream's URL for a subscription. */
export function streamUrl(spacecraft: string[], parameters: string[], windowMs: number, width: number): string {
  const q = new URLSearchParams();
  if (spacecraft.length) q.set('spacecraft', spacecraft.join(','));
  if (parameters.length) q.set('parameters', parameters.join(','));
  q.set('window', 'PT' + Math.max(1, Math.round(windowMs / 1000)) + 'S');
  q.set('width', String(Math.max(10, Math.min(4000, Math.round(width)))));
  return '/api/v1/stream?' + q.toString().replaceAll('%2C', ',');
}

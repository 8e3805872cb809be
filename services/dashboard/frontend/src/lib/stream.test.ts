import { describe, expect, it } from 'vitest';
import { EventSourceLike, LiveStream, streamUrl } from './stream';

class FakeSource implements EventSourceLike {
  listeners = new Map<string, (e: { data: string }) => void>();
  onerror: ((e: unknown) => void) | null = null;
  closed = false;
  constructor(readonly url: string) {}
  addEventListener(name: string, fn: (e: { data: string }) => void) {
    this.listeners.set(name, fn);
  }
  close() {
    this.closed = true;
  }
  emit(name: string, data: unknown) {
    this.listeners.get(name)!({ data: JSON.stringify(data) });
  }
}

function harness() {
  const sources: FakeSource[] = [];
  const pending: { fn: () => void; ms: number }[] = [];
  const log: string[] = [];
  const stream = new LiveStream(
    '/api/v1/stream?x',
    {
      status: (s) => log.push('status ' + s),
      resume: (from) => log.push('resume ' + from),
      dropped: (n) => log.push('dropped ' + n),
      points: (series) => log.push('points ' + series.length),
    },
    (url) => {
      const s = new FakeSource(url);
      sources.push(s);
      return s;
    },
    { setTimeout: (fn, ms) => pending.push({ fn, ms }), clearTimeout: () => {} },
    500,
    2000,
  ).start();
  return { stream, sources, pending, log };
}

const points = (t: number) => ({ series: [{ spacecraftId: 'A', parameter: 'P', t: [t - 100, t], min: [1, 1], max: [1, 1], last: [1, 1], count: [1, 1] }] });

describe('live stream', () => {
  it('reconnects with back-off and resumes from the newest column it had', () => {
    const { stream, sources, pending, log } = harness();
    sources[0].emit('hello', { clientId: 1, columnMillis: 100 });
    sources[0].emit('points', points(5000));
    sources[0].onerror!({});
    expect(sources[0].closed).toBe(true);
    expect(pending.map((p) => p.ms)).toEqual([500]);
    pending.shift()!.fn();
    sources[1].onerror!({});
    expect(pending.map((p) => p.ms)).toEqual([1000]);
    pending.shift()!.fn();
    expect(sources).toHaveLength(3);
    sources[2].emit('hello', { clientId: 2, columnMillis: 100 });
    expect(log.filter((l) => l.startsWith('resume'))).toEqual(['resume 5000']);
    expect(stream.reconnects).toBe(2);
    expect(log).toContain('status live');
    // back-off starts again after a good connection
    sources[2].onerror!({});
    expect(pending.map((p) => p.ms)).toEqual([500]);
  });

  it('caps the back-off', () => {
    const { sources, pending } = harness();
    for (let i = 0; i < 6; i++) {
      sources[i].onerror!({});
      pending.shift()!.fn();
    }
    sources[6].onerror!({});
    expect(pending[0].ms).toBe(2000);
  });

  it('asks for the gap when the server dropped columns', () => {
    const { sources, log } = harness();
    sources[0].emit('hello', { clientId: 1, columnMillis: 100 });
    sources[0].emit('points', points(7000));
    sources[0].emit('dropped', { dropped: 42 });
    expect(log.slice(-2)).toEqual(['dropped 42', 'resume 7000']);
  });

  it('ignores a closed source and stops on close', () => {
    const { stream, sources, pending, log } = harness();
    const first = sources[0];
    first.onerror!({});
    first.emit('points', points(1000));
    expect(log).not.toContain('points 1');
    stream.close();
    pending.shift()!.fn();
    expect(sources).toHaveLength(1);
  });

  it('builds the subscription URL', () => {
    expect(streamUrl(['ORB-1'], ['A.B', 'C'], 300_000, 812.4)).toBe('/api/v1/stream?spacecraft=ORB-1&parameters=A.B,C&window=PT300S&width=812');
    expect(streamUrl([], [], 100, 2)).toBe('/api/v1/stream?window=PT1S&width=10');
  });
});

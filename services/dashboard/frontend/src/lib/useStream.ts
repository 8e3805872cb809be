import { useEffect, useRef, useState } from 'react';
import { LiveStream, StreamHandlers } from './stream';

/** One live stream for the component's life (a new one when the URL changes). */
export function useStream(url: string | null, handlers: StreamHandlers): string {
  const ref = useRef(handlers);
  ref.current = handlers;
  const [status, setStatus] = useState('connecting');
  useEffect(() => {
    if (!url) return;
    const proxy: StreamHandlers = {
      hello: (i) => ref.current.hello?.(i),
      points: (s) => ref.current.points?.(s),
      values: (v) => ref.current.values?.(v),
      contact: (c) => ref.current.contact?.(c),
      alert: (a) => ref.current.alert?.(a),
      compute: (j) => ref.current.compute?.(j),
      dropped: (n) => ref.current.dropped?.(n),
      resume: (from) => ref.current.resume?.(from),
      status: (s) => setStatus(s),
    };
    const stream = new LiveStream(url, proxy).start();
    return () => stream.close();
  }, [url]);
  return status;
}

export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const h = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(h);
  }, [everyMs]);
  return now;
}

export function ago(time: number | null, now: number): string {
  if (time === null) return 'never';
  const s = Math.max(0, Math.round((now - time) / 1000));
  if (s < 60) return `${s} s ago`;
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  return `${Math.floor(s / 3600)} h ago`;
}

// The page's state lives in the URL: a link or a reload shows the same thing.
export type View = 'fleet' | 'spacecraft' | 'alerts' | 'map' | 'passes';

export interface PageState {
  view: View;
  spacecraft: string | null;
  parameters: string[];
  /** The time conductor's window, milliseconds. */
  windowMs: number;
  /** A fixed range's end (epoch ms); null for real time (a sliding window). */
  end: number | null;
}

const VIEWS: View[] = ['fleet', 'spacecraft', 'alerts', 'map', 'passes'];
export const DEFAULT_WINDOW_MS = 5 * 60_000;

/** Parses an ISO-8601 duration of hours, minutes and seconds (PT5M, PT1H30M, PT10S). */
export function parseDuration(text: string | null): number | null {
  if (!text) return null;
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(text);
  if (!m || (!m[1] && !m[2] && !m[3])) return null;
  return ((Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)) * 60 + Number(m[3] ?? 0)) * 1000;
}

export function formatDuration(ms: number): string {
  let s = Math.round(ms / 1000);
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  return 'PT' + (h ? `${h}H` : '') + (m ? `${m}M` : '') + (s || (!h && !m) ? `${s}S` : '');
}

export function readState(search: string): PageState {
  const q = new URLSearchParams(search);
  const view = q.get('view') as View;
  const end = q.get('end') ? Date.parse(q.get('end')!) : NaN;
  return {
    view: VIEWS.includes(view) ? view : 'fleet',
    spacecraft: q.get('sc') || null,
    parameters: (q.get('p') ?? '').split(',').filter((p) => p.length > 0),
    windowMs: parseDuration(q.get('window')) ?? DEFAULT_WINDOW_MS,
    end: Number.isFinite(end) ? end : null,
  };
}

export function writeState(state: PageState): string {
  const q = new URLSearchParams();
  q.set('view', state.view);
  if (state.spacecraft) q.set('sc', state.spacecraft);
  if (state.parameters.length) q.set('p', state.parameters.join(','));
  if (state.windowMs !== DEFAULT_WINDOW_MS) q.set('window', formatDuration(state.windowMs));
  if (state.end !== null) q.set('end', new Date(state.end).toISOString());
  return '?' + q.toString().replaceAll('%2C', ',');
}

/** The time range the conductor shows at {@code now}: [end - window, end). */
export function visibleRange(state: PageState, now: number): [number, number] {
  const end = state.end ?? now;
  return [end - state.windowMs, end];
}

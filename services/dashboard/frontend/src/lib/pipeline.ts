// The pipeline strip's figures (GET /api/v1/pipeline): what each shows, and how.

export interface Figure {
  name: string;
  service: string;
  answered: boolean;
  value?: number | null;
  unit: string;
}

export interface Pipeline {
  at?: string | null;
  figures: Figure[];
}

export const LABELS: Record<string, string> = {
  accepted: 'accepted',
  stored: 'stored',
  archived: 'archived',
  lag: 'consumer lag',
  openAlerts: 'open alerts',
};

const ORDER = ['accepted', 'stored', 'archived', 'lag', 'openAlerts'];

/** Before the first answer (or when the dashboard does not answer): every figure unknown. */
export const NOTHING: Pipeline = {
  figures: ORDER.map((name) => ({ name, service: '', answered: false, value: null, unit: '' })),
};

const UNITS: Record<string, string> = { 'samples/s': '/s', records: 'rec', alerts: '' };

/** A figure's number as shown: '—' when its service did not answer or has no value yet. */
export function formatValue(figure: Figure): string {
  const v = figure.value;
  if (!figure.answered && (v === null || v === undefined)) return '—';
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  if (figure.unit === 'samples/s') return compact(v);
  return Math.round(v).toLocaleString('en-US');
}

/** The unit shown after the number. */
export function formatUnit(figure: Figure): string {
  return UNITS[figure.unit] ?? figure.unit;
}

/** 0, 8.4, 950, 1.25 k, 99.9 k, 1.20 M: at most three significant digits, never "1e5". */
export function compact(v: number): string {
  const a = Math.abs(v);
  if (a < 10) return (Math.round(v * 10) / 10).toFixed(v === 0 ? 0 : 1);
  if (a < 1000) return Math.round(v).toString();
  if (a < 1e6) return (v / 1e3).toPrecision(3) + ' k';
  return (v / 1e6).toPrecision(3) + ' M';
}

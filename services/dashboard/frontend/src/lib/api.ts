// The owning services' APIs, through the dashboard's origin (the back end proxies them,
// with the logged-in person's token). A change carries the session's CSRF token.
import { csrfToken } from './session';

export interface Problem {
  title?: string;
  detail?: string;
}

export async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(await describe(response));
  return response.json() as Promise<T>;
}

export async function postJson<T>(path: string, body: unknown): Promise<T> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
  const csrf = csrfToken(document.cookie);
  if (csrf) headers['X-XSRF-TOKEN'] = csrf;
  const response = await fetch(path, { method: 'POST', headers, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(await describe(response));
  return response.json() as Promise<T>;
}

async function describe(response: Response): Promise<string> {
  try {
    const problem = (await response.json()) as Problem;
    return `${response.status} ${problem.title ?? ''}: ${problem.detail ?? ''}`;
  } catch {
    return `${response.status} ${response.statusText}`;
  }
}

export interface Page<T> {
  items: T[];
  next?: string;
}

/** Every page of a list (bounded: at most {@code maxPages}). */
export async function getAll<T>(path: string, maxPages = 20): Promise<T[]> {
  const items: T[] = [];
  let after: string | undefined;
  for (let i = 0; i < maxPages; i++) {
    const sep = path.includes('?') ? '&' : '?';
    const page = await getJson<Page<T>>(path + (after ? `${sep}after=${encodeURIComponent(after)}` : ''));
    items.push(...page.items);
    if (!page.next) break;
    after = page.next;
  }
  return items;
}

export interface Spacecraft {
  id: string;
  missionId: string;
  name?: string;
}

export interface Limits {
  warningLow?: number;
  warningHigh?: number;
  criticalLow?: number;
  criticalHigh?: number;
}

export interface ParameterDefinition {
  missionId: string;
  name: string;
  subsystem: string;
  unit?: string;
  rawType: string;
  description?: string;
  limits?: Limits;
}

export type Severity = 'WARNING' | 'CRITICAL';

export interface Alert {
  id: number;
  spacecraftId: string;
  parameter: string;
  detector: string;
  state: 'OPEN' | 'ACKNOWLEDGED' | 'SHELVED' | 'CLEARED';
  severity: Severity;
  currentSeverity?: Severity;
  message?: string;
  firstSeen?: string;
  lastSeen?: string;
  traceId?: string;
  raisedAt?: string;
  value?: unknown;
}

export interface Contact {
  spacecraftId: string;
  lastFrameAt: string;
  receivedAt: string;
  mode?: string;
  latitude?: number;
  longitude?: number;
}

export const SEVERITY_ICON: Record<Severity, string> = { WARNING: '▲', CRITICAL: '⬣' };

export function worst(alerts: Alert[]): Alert | null {
  let best: Alert | null = null;
  for (const a of alerts) {
    if (!best || (a.severity === 'CRITICAL' && best.severity !== 'CRITICAL')) best = a;
  }
  return best;
}

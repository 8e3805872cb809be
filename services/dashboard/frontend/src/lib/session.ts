// Who is logged in (GET /api/v1/me) and what the page offers them (ADR 0017, dashboard).
import type { Alert } from './api';

export interface Me {
  /** The dashboard runs without a login (orbit.security.enabled false): everything is offered. */
  open: boolean;
  subject?: string;
  name?: string;
  email?: string;
  roles: string[];
}

/** The people's roles, from the least: each includes the ones before it. */
export const ROLES = ['viewer', 'operator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Whether the person holds {@code role}, themselves or through a role that includes it. */
export function holds(me: Me | null, role: Role): boolean {
  if (!me) return false;
  if (me.open) return true;
  const needed = ROLES.indexOf(role);
  return me.roles.some((r) => ROLES.indexOf(r as Role) >= needed);
}

/** The highest of their roles, as the header shows it. */
export function roleLabel(me: Me): string {
  const held = ROLES.filter((r) => me.roles.includes(r));
  return held.length > 0 ? held[held.length - 1] : 'no role';
}

export type AlertAction = 'acknowledge' | 'shelve';

/** The actions on an alert the page offers: none to a viewer (acting needs operator). */
export function alertActions(me: Me | null, alert: Pick<Alert, 'state'>): AlertAction[] {
  if (!holds(me, 'operator')) return [];
  const actions: AlertAction[] = [];
  if (alert.state === 'OPEN') actions.push('acknowledge');
  if (alert.state !== 'SHELVED') actions.push('shelve');
  return actions;
}

/** The session's CSRF token from the XSRF-TOKEN cookie (the back end sets it readable). */
export function csrfToken(cookies: string): string | null {
  for (const part of cookies.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === 'XSRF-TOKEN') return decodeURIComponent(value.join('='));
  }
  return null;
}

import { AlertAction, alertActions, csrfToken, Me, roleLabel } from '../lib/session';
import type { Alert } from '../lib/api';

/** Who is logged in, their role, and Log out (a form: the browser follows the logout's redirects). */
export function SessionBadge({ me, cookies }: { me: Me | null; cookies: string }) {
  if (!me || me.open) return null;
  return (
    <span className="session">
      <span className="who" title={me.email ?? me.subject}>{me.name ?? me.subject}</span>{' '}
      <span className="role" data-role={roleLabel(me)}>{roleLabel(me)}</span>{' '}
      <form method="post" action="/logout" className="logout">
        <input type="hidden" name="_csrf" value={csrfToken(cookies) ?? ''} />
        <button type="submit">Log out</button>
      </form>
    </span>
  );
}

const LABELS: Record<AlertAction, string> = { acknowledge: 'Acknowledge', shelve: 'Shelve 30 min' };

/** The buttons of one alert: only what the person may do. */
export function AlertActions({ me, alert, onAct }: { me: Me | null; alert: Pick<Alert, 'state'>; onAct: (action: AlertAction) => void }) {
  return (
    <>
      {alertActions(me, alert).map((action) => (
        <button key={action} onClick={() => onAct(action)}>{LABELS[action]}</button>
      ))}
    </>
  );
}

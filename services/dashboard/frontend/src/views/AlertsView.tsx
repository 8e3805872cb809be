import { useCallback, useEffect, useState } from 'react';
import { Alert, getAll, postJson, SEVERITY_ICON } from '../lib/api';
import { writeState } from '../lib/urlState';
import { useStream } from '../lib/useStream';
import type { Navigate } from '../App';
import { holds, Me } from '../lib/session';
import { AlertActions } from './SessionControls';

const OPERATOR = 'ops';

export function AlertsView({ navigate, windowMs, me }: { navigate: Navigate; windowMs: number; me: Me | null }) {
  const [alerts, setAlerts] = useState<Alert[]>([]);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    Promise.all(['OPEN', 'ACKNOWLEDGED', 'SHELVED'].map((s) => getAll<Alert>(`/api/v1/alerts?state=${s}&limit=500`, 4)))
      .then((lists) => setAlerts(lists.flat().sort((a, b) => (a.severity === b.severity ? b.id - a.id : a.severity === 'CRITICAL' ? -1 : 1))), (e) => setError(String(e)));
  }, []);
  useEffect(load, [load]);
  // An alert event can reach the page before the analyzer has recorded it: read again shortly after.
  const onAlert = useCallback(() => {
    load();
    setTimeout(load, 1000);
    setTimeout(load, 3000);
  }, [load]);
  const status = useStream('/api/v1/stream?window=PT1M&width=10', { alert: onAlert, resume: load });

  const act = (alert: Alert, action: 'acknowledge' | 'shelve', retry = true) => {
    const body = action === 'shelve' ? { by: OPERATOR, comment: comment || undefined, duration: 'PT30M' } : { by: OPERATOR, comment: comment || undefined };
    postJson<Alert>(`/api/v1/alerts/${alert.id}/${action}`, body).then(() => { setError(null); load(); }, (e) => {
      // The analyzer updated the alert meanwhile (a new value): try once more.
      if (retry && String(e).includes('Concurrent change')) setTimeout(() => act(alert, action, false), 300);
      else { setError(String(e)); load(); }
    });
  };
  const chartAt = (a: Alert) => ({ view: 'spacecraft' as const, spacecraft: a.spacecraftId, parameters: a.parameter === '*' ? [] : [a.parameter], windowMs, end: a.lastSeen ? Date.parse(a.lastSeen) + windowMs / 2 : null });

  return (
    <section>
      <h1>Alerts <span className={`badge ${status}`}>{status}</span></h1>
      {error && <p className="error" role="alert">{error}</p>}
      {holds(me, 'operator') && <label className="comment">Comment for acknowledge / shelve{' '}
        <input value={comment} onChange={(e) => setComment(e.target.value)} placeholder="why (optional)" maxLength={1000} />
      </label>}
      <table className="alerts">
        <thead><tr><th>Severity</th><th>Spacecraft</th><th>Parameter</th><th>Message</th><th>State</th><th>Last seen</th><th>Trace</th><th></th></tr></thead>
        <tbody>
          {alerts.map((a) => (
            <tr key={a.id} className={a.severity.toLowerCase()} data-alert-id={a.id}>
              <td><span className="icon" aria-hidden>{SEVERITY_ICON[a.severity]}</span> {a.severity}</td>
              <td>{a.spacecraftId}</td>
              <td><a href={writeState(chartAt(a))} onClick={(e) => { e.preventDefault(); navigate(chartAt(a)); }}>{a.parameter}</a></td>
              <td>{a.message}</td>
              <td className="state">{a.state}</td>
              <td>{a.lastSeen?.slice(11, 19)}</td>
              <td className="trace" title={a.traceId}>{a.traceId?.slice(0, 8) ?? ''}</td>
              <td className="actions">
                <AlertActions me={me} alert={a} onAct={(action) => act(a, action)} />
              </td>
            </tr>
          ))}
          {alerts.length === 0 && <tr><td colSpan={8} className="muted">No open alert.</td></tr>}
        </tbody>
      </table>
    </section>
  );
}

import { useCallback, useEffect, useState } from 'react';
import { Alert, Contact, getAll, getJson, SEVERITY_ICON, Spacecraft, worst } from '../lib/api';
import { ago, useNow, useStream } from '../lib/useStream';
import type { Navigate } from '../App';

interface Tile {
  id: string;
  lastContact: number | null;
  mode?: string;
}

export function FleetView({ navigate }: { navigate: Navigate }) {
  const [tiles, setTiles] = useState<Record<string, Tile>>({});
  const [alerts, setAlerts] = useState<Alert[]>([]);
  const [error, setError] = useState<string | null>(null);
  const now = useNow();

  const loadAlerts = useCallback(() => {
    getAll<Alert>('/api/v1/alerts?state=OPEN&limit=500', 4).then(setAlerts, (e) => setError(String(e)));
  }, []);

  useEffect(() => {
    getAll<Spacecraft>('/api/v1/spacecraft?limit=500').then(
      (list) => setTiles((old) => {
        const next = { ...old };
        for (const s of list) next[s.id] = next[s.id] ?? { id: s.id, lastContact: null };
        return next;
      }),
      (e) => setError(String(e)),
    );
    getJson<{ items: Contact[] }>('/api/v1/fleet').then((fleet) => setTiles((old) => {
      const next = { ...old };
      for (const c of fleet.items) next[c.spacecraftId] = { id: c.spacecraftId, lastContact: Date.parse(c.lastFrameAt), mode: c.mode };
      return next;
    }));
    loadAlerts();
    const modes = setInterval(() => getJson<{ items: Contact[] }>('/api/v1/fleet').then((fleet) => setTiles((old) => {
      const next = { ...old };
      for (const c of fleet.items) next[c.spacecraftId] = { ...(next[c.spacecraftId] ?? { id: c.spacecraftId, lastContact: null }), mode: c.mode };
      return next;
    }), () => undefined), 5000);
    return () => clearInterval(modes);
  }, [loadAlerts]);

  const status = useStream('/api/v1/stream?window=PT1M&width=10', {
    contact: (contacts) => setTiles((old) => {
      const next = { ...old };
      for (const [id, t] of Object.entries(contacts)) next[id] = { ...(next[id] ?? { id }), id, lastContact: t };
      return next;
    }),
    alert: () => {
      loadAlerts();
      setTimeout(loadAlerts, 1000);
      setTimeout(loadAlerts, 3000);
    },
    resume: () => loadAlerts(),
  });

  const ids = Object.keys(tiles).sort();
  return (
    <section>
      <h1>Fleet <span className={`badge ${status}`}>{status}</span></h1>
      {error && <p className="error" role="alert">{error}</p>}
      <div className="tiles">
        {ids.map((id) => {
          const tile = tiles[id];
          const open = alerts.filter((a) => a.spacecraftId === id);
          const w = worst(open);
          const stale = tile.lastContact === null || now - tile.lastContact > 30_000;
          return (
            <button key={id} className={`tile ${w ? w.severity.toLowerCase() : tile.lastContact === null ? 'unheard' : 'nominal'}`} data-spacecraft={id}
              onClick={() => navigate({ view: 'spacecraft', spacecraft: id })}>
              <div className="tile-id">{id}</div>
              <div className="tile-alert">
                {w ? <><span className="icon" aria-label={w.severity}>{SEVERITY_ICON[w.severity]}</span> {w.parameter} · {open.length} open</> : <>✓ no open alert</>}
              </div>
              <div className={`tile-contact ${stale ? 'stale' : ''}`}>contact {ago(tile.lastContact, now)}</div>
              <div className="tile-mode">mode {tile.mode ?? '—'}</div>
            </button>
          );
        })}
        {ids.length === 0 && <p className="muted">No spacecraft yet: none in the mission database, no telemetry heard.</p>}
      </div>
    </section>
  );
}

import { useCallback, useEffect, useState } from 'react';
import { PageState, readState, View, writeState } from './lib/urlState';
import { FleetView } from './views/FleetView';
import { SpacecraftView } from './views/SpacecraftView';
import { AlertsView } from './views/AlertsView';
import { MapView } from './views/MapView';
import { PassesView } from './views/PassesView';
import { SessionBadge } from './views/SessionControls';
import { PipelineStrip } from './views/PipelineStrip';
import { Me } from './lib/session';

const VIEWS: { view: View; label: string; key: string }[] = [
  { view: 'fleet', label: 'Fleet', key: '1' },
  { view: 'spacecraft', label: 'Spacecraft', key: '2' },
  { view: 'alerts', label: 'Alerts', key: '3' },
  { view: 'map', label: 'Map', key: '4' },
  { view: 'passes', label: 'Passes', key: '5' },
];

export type Navigate = (change: Partial<PageState>) => void;

/** The logged-in person; a session that ended reloads the page, which goes to the login. */
function useMe(): Me | null {
  const [me, setMe] = useState<Me | null>(null);
  useEffect(() => {
    fetch('/api/v1/me', { headers: { Accept: 'application/json' } }).then((response) => {
      if (response.status === 401) window.location.reload();
      else if (response.ok) response.json().then(setMe);
    }, () => setMe(null));
  }, []);
  return me;
}

export function App() {
  const [state, setState] = useState<PageState>(() => readState(window.location.search));
  const me = useMe();

  useEffect(() => {
    const onPop = () => setState(readState(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const navigate: Navigate = useCallback((change) => {
    setState((old) => {
      const next = { ...old, ...change };
      const search = writeState(next);
      if (search !== window.location.search) window.history.pushState(null, '', search);
      return next;
    });
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLInputElement || e.altKey || e.ctrlKey || e.metaKey) return;
      const v = VIEWS.find((x) => x.key === e.key);
      if (v) navigate({ view: v.view });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  return (
    <div className="app">
      <header>
        <span className="brand">◉ ORBIT</span>
        <nav>
          {VIEWS.map((v) => (
            <a key={v.view} href={writeState({ ...state, view: v.view })} className={state.view === v.view ? 'active' : ''} aria-current={state.view === v.view ? 'page' : undefined}
              onClick={(e) => { e.preventDefault(); navigate({ view: v.view }); }} title={`${v.label} (key ${v.key})`}>
              {v.label}
            </a>
          ))}
        </nav>
        <SessionBadge me={me} cookies={document.cookie} />
      </header>
      <PipelineStrip />
      <main>
        {state.view === 'fleet' && <FleetView navigate={navigate} />}
        {state.view === 'spacecraft' && <SpacecraftView state={state} navigate={navigate} />}
        {state.view === 'alerts' && <AlertsView navigate={navigate} windowMs={state.windowMs} me={me} />}
        {state.view === 'map' && <MapView />}
        {state.view === 'passes' && <PassesView />}
      </main>
    </div>
  );
}

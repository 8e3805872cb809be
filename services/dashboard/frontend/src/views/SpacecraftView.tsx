import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { getAll, getJson, ParameterDefinition, Spacecraft } from '../lib/api';
import { ArchiveStep, ColumnRing, columnMillis, columnOf, stepsToColumns } from '../lib/columns';
import { streamUrl } from '../lib/stream';
import { PageState, visibleRange } from '../lib/urlState';
import { useNow, useStream } from '../lib/useStream';
import { Chart } from './Chart';
import type { Navigate } from '../App';

const WINDOWS: [string, number][] = [['1 min', 60_000], ['5 min', 300_000], ['15 min', 900_000], ['1 h', 3_600_000]];
const CHART_WIDTH = 860;
const STALE_MS = 15_000;
const SEAM_MS = 3_000;
/**
 * Reads of the seam at most, 3, 3, 6, 9, ... 21 s apart (SEAM_MS times the reads so far; 87 s
 * in all): an archive that lags more than SEAM_MS on a busy machine is read again until it
 * has caught up.
 */
const SEAM_READS = 8;

export function SpacecraftView({ state, navigate }: { state: PageState; navigate: Navigate }) {
  const [spacecraft, setSpacecraft] = useState<Spacecraft[]>([]);
  const [definitions, setDefinitions] = useState<ParameterDefinition[]>([]);
  const [search, setSearch] = useState('');
  const [version, setVersion] = useState(0);
  const [values, setValues] = useState<Record<string, string>>({});
  const [dropped, setDropped] = useState(0);
  const rings = useRef(new Map<string, ColumnRing>());
  const seams = useRef<number[]>([]);
  // When each parameter last received live columns (page time): silent for STALE_MS = stale.
  const heard = useRef(new Map<string, number>());
  const mounted = useRef(Date.now());
  const now = useNow(state.end === null ? 1000 : 60_000);
  const sc = state.spacecraft;
  const columnMs = columnMillis(state.windowMs, CHART_WIDTH);
  const range = visibleRange(state, now);
  const live = state.end === null;

  useEffect(() => {
    getAll<Spacecraft>('/api/v1/spacecraft?limit=500').then(setSpacecraft, () => setSpacecraft([]));
  }, []);
  const missionId = spacecraft.find((s) => s.id === sc)?.missionId;
  useEffect(() => {
    const q = missionId ? `?missionId=${encodeURIComponent(missionId)}&limit=500` : '?limit=500';
    getAll<ParameterDefinition>('/api/v1/parameters' + q).then(setDefinitions, () => setDefinitions([]));
  }, [missionId]);

  const key = `${sc}|${state.parameters.join(',')}|${columnMs}|${state.end}`;
  const ring = (p: string) => {
    let r = rings.current.get(p);
    if (!r) rings.current.set(p, (r = new ColumnRing(CHART_WIDTH * 2)));
    return r;
  };

  // History up to now is asked again a few seconds later: what the archive had not yet
  // archived at the first ask (its lag) is the seam between history and the live stream. It
  // is asked again, less and less often, while a chart's seam is still open (SEAM_READS).
  const backfill = useCallback((from: number, to: number, seamReads = 0) => {
    if (!sc) return;
    const held = rings.current;
    const alignedFrom = columnOf(from, columnMs);
    const reads = state.parameters.map((p) => {
      const q = new URLSearchParams({ spacecraftId: sc, parameter: p, from: new Date(alignedFrom).toISOString(), to: new Date(to).toISOString(), step: `PT${columnMs / 1000}S`, limit: '10000' });
      return getJson<{ items: ArchiveStep[] }>('/api/v1/archive/steps?' + q).then((page) => {
        if (rings.current !== held) return;
        const r = ring(p);
        stepsToColumns(page.items).forEach((c) => r.addHistory(c));
        setVersion((v) => v + 1);
      }, () => undefined);
    });
    if (seamReads >= SEAM_READS || to <= Date.now() - SEAM_MS * 10) return;
    const end = state.end;
    // The seam's reads cover the minute before the first ask, whenever they come.
    const seamFrom = seamReads === 0 ? Math.max(from, to - 60_000) : from;
    Promise.all(reads).then(() => {
      if (rings.current !== held) return;
      if (seamReads > 0 && state.parameters.every((p) => !ring(p).seamOpen(columnMs))) return;
      seams.current.push(window.setTimeout(() => {
        if (rings.current === held) backfill(seamFrom, end ?? Date.now(), seamReads + 1);
      }, SEAM_MS * Math.max(1, seamReads)));
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  useEffect(() => {
    rings.current = new Map();
    setVersion((v) => v + 1);
    const [from, to] = visibleRange(state, Date.now());
    backfill(from, to);
    return () => {
      seams.current.forEach((h) => window.clearTimeout(h));
      seams.current = [];
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const url = sc && live && state.parameters.length ? streamUrl([sc], state.parameters, state.windowMs, CHART_WIDTH) : null;
  const status = useStream(url, {
    points: (series) => {
      for (const s of series) {
        if (s.spacecraftId !== sc) continue;
        const r = ring(s.parameter);
        heard.current.set(s.parameter, Date.now());
        for (let i = 0; i < s.t.length; i++) r.add({ t: s.t[i], min: s.min[i], max: s.max[i], last: s.last[i], count: s.count[i] });
        r.dropBefore(Date.now() - state.windowMs * 2);
      }
      setVersion((v) => v + 1);
    },
    values: (list) => setValues((old) => {
      const next = { ...old };
      for (const v of list) next[v.parameter] = String(v.value);
      return next;
    }),
    dropped: (n) => setDropped((d) => d + n),
    resume: (from) => backfill(from, Date.now()),
  });

  const byName = useMemo(() => new Map(definitions.map((d) => [d.name, d])), [definitions]);
  const matches = definitions.filter((d) => (d.name + ' ' + (d.description ?? '')).toLowerCase().includes(search.toLowerCase())).slice(0, 200);
  const toggle = (name: string) => {
    const has = state.parameters.includes(name);
    navigate({ parameters: has ? state.parameters.filter((p) => p !== name) : [...state.parameters, name].slice(0, 8) });
  };

  return (
    <section className="spacecraft">
      <aside className="browser">
        <label>Spacecraft{' '}
          <select value={sc ?? ''} onChange={(e) => navigate({ spacecraft: e.target.value || null })}>
            <option value="">—</option>
            {(sc && !spacecraft.some((s) => s.id === sc) ? [{ id: sc, missionId: '' }, ...spacecraft] : spacecraft).map((s) => <option key={s.id} value={s.id}>{s.id}</option>)}
          </select>
        </label>
        <input type="search" placeholder="Search parameters" aria-label="Search parameters" value={search} onChange={(e) => setSearch(e.target.value)} />
        <ul>
          {matches.map((d) => (
            <li key={d.name}>
              <label><input type="checkbox" checked={state.parameters.includes(d.name)} onChange={() => toggle(d.name)} />
                {' '}{d.name} <span className="muted">{d.unit ?? ''}</span></label>
            </li>
          ))}
          {definitions.length === 0 && <li className="muted">The mission database lists no parameters.</li>}
        </ul>
      </aside>
      <div className="charts">
        <div className="conductor" role="group" aria-label="Time conductor">
          {WINDOWS.map(([label, ms]) => (
            <button key={ms} className={state.windowMs === ms ? 'active' : ''} onClick={() => navigate({ windowMs: ms })}>{label}</button>
          ))}
          <button onClick={() => navigate({ end: (state.end ?? Date.now()) - state.windowMs / 2 })} title="Move back half a window">◀ back</button>
          <button className={live ? 'active live' : ''} onClick={() => navigate({ end: null })}>● real time</button>
          <span className="muted">{live ? status : `fixed · until ${new Date(state.end!).toISOString().slice(11, 19)} UTC`}</span>
          {dropped > 0 && <span className="warn">dropped {dropped} columns (backfilled)</span>}
        </div>
        {!sc && <p className="muted">Choose a spacecraft.</p>}
        {sc && state.parameters.length === 0 && <p className="muted">Choose parameters in the list.</p>}
        {state.parameters.map((p) => {
          const r = ring(p);
          const lastHeard = heard.current.get(p);
          const def = byName.get(p);
          return values[p] !== undefined && r.length === 0
            ? <figure key={p} className="chart text" data-parameter={p}><figcaption><span className="chart-title">{p}</span><span className="chart-value">{values[p]}</span></figcaption></figure>
            : <Chart key={p} title={p} unit={def?.unit} limits={def?.limits} ring={r} version={version} range={range} width={CHART_WIDTH} columnMs={columnMs} live={live}
              stale={live && (lastHeard === undefined ? now - mounted.current > STALE_MS : now - lastHeard > STALE_MS)} />;
        })}
      </div>
    </section>
  );
}

import { useEffect, useState } from 'react';
import { bars, colourOf, PassesPage } from '../lib/flightDynamics';
import { plannerNote, usePlanner } from '../lib/usePlanner';

const WIDTH = 1000;
const LABEL = 130;
const ROW = 34;
const AXIS = 24;
const SPANS = [6, 12, 24];

function hhmm(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(11, 16);
}

function utc(iso: string): string {
  return iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z');
}

export function PassesView() {
  const page = usePlanner<PassesPage>('/api/v1/passes', 30_000);
  const [now, setNow] = useState(() => Date.now());
  const [hours, setHours] = useState(12);
  useEffect(() => {
    const h = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(h);
  }, []);

  const stations = page && 'stations' in page ? page.stations : [];
  const passes = page && 'items' in page ? page.items : [];
  const errors = page && 'errors' in page ? page.errors : [];
  const spacecraft = [...new Set(passes.map((p) => p.spacecraftId))].sort();
  const from = now - 30 * 60_000;
  const to = now + hours * 3_600_000;
  const plot = WIDTH - LABEL;
  const x = (t: number) => LABEL + ((t - from) / (to - from)) * plot;
  const ticks: number[] = [];
  const step = hours <= 6 ? 3_600_000 : hours <= 12 ? 2 * 3_600_000 : 4 * 3_600_000;
  for (let t = Math.ceil(from / step) * step; t < to; t += step) ticks.push(t);
  const upcoming = passes.filter((p) => Date.parse(p.los) >= now && Date.parse(p.aos) < to);
  const note = plannerNote(page?.status);
  const height = AXIS + ROW * Math.max(1, stations.length);

  return (
    <section data-planner-state={page?.status.state ?? 'LOADING'}>
      <h1>Passes</h1>
      {note && <p className="note planner-note" role="status">{note}</p>}
      <div className="toolbar">
        <span className="muted">Span</span>
        {SPANS.map((h) => (
          <button key={h} className={h === hours ? 'active' : ''} aria-pressed={h === hours} onClick={() => setHours(h)}>{h} h</button>
        ))}
        <span className="legend">
          {spacecraft.map((id) => <span key={id} className="legend-item"><span className="swatch" style={{ background: colourOf(spacecraft, id) }} />{id}</span>)}
        </span>
      </div>
      <svg className="timeline" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label="Upcoming passes per ground station">
        {ticks.map((t) => (
          <g key={t} className="tick">
            <line x1={x(t)} x2={x(t)} y1={AXIS - 4} y2={height} />
            <text x={x(t) + 3} y={AXIS - 8}>{hhmm(t)}Z</text>
          </g>
        ))}
        {stations.map((s, row) => (
          <g key={s.name} className="station-row" data-station={s.name} transform={`translate(0, ${AXIS + row * ROW})`}>
            <rect className="row-band" x={LABEL} y={2} width={plot} height={ROW - 4} />
            <text className="station-name" x={8} y={ROW / 2 + 4}>{s.name}</text>
            {bars(passes, s.name, from, to, plot).map((b) => (
              <rect key={`${b.pass.spacecraftId}-${b.pass.aos}`} className="pass" x={LABEL + b.x} y={6} width={b.width} height={ROW - 12}
                style={{ fill: colourOf(spacecraft, b.pass.spacecraftId) }} data-spacecraft={b.pass.spacecraftId} data-station={s.name}
                data-aos={b.pass.aos} data-los={b.pass.los} data-max-elevation={b.pass.maxElevation} data-job={b.pass.jobId}>
                <title>{`${b.pass.spacecraftId} over ${s.name}\nAOS ${utc(b.pass.aos)}\nLOS ${utc(b.pass.los)}\nmax elevation ${b.pass.maxElevation.toFixed(1)}° at ${utc(b.pass.maxElevationTime)}${b.pass.partial ? '\n(cut by the prediction\'s horizon)' : ''}`}</title>
              </rect>
            ))}
          </g>
        ))}
        <line className="now" x1={x(now)} x2={x(now)} y1={AXIS - 4} y2={height} />
        <text className="now-label" x={x(now) - 3} y={AXIS - 8} textAnchor="end">now</text>
      </svg>
      {errors.length > 0 && <ul className="note">{errors.map((e) => <li key={e}>{e}</li>)}</ul>}
      <h2>Next passes <span className="muted">({Math.min(25, upcoming.length)} of {upcoming.length} in {hours} h)</span></h2>
      <table className="passes">
        <thead><tr><th>Spacecraft</th><th>Station</th><th>AOS (UTC)</th><th>LOS (UTC)</th><th>Max elevation</th></tr></thead>
        <tbody>
          {upcoming.slice(0, 25).map((p) => (
            <tr key={`${p.spacecraftId}-${p.station}-${p.aos}`} data-spacecraft={p.spacecraftId} data-station={p.station} data-aos={p.aos}>
              <td><span className="swatch" style={{ background: colourOf(spacecraft, p.spacecraftId) }} />{p.spacecraftId}</td>
              <td>{p.station}</td><td>{utc(p.aos)}</td><td>{utc(p.los)}</td><td>{p.maxElevation.toFixed(1)}°</td>
            </tr>
          ))}
          {upcoming.length === 0 && <tr><td colSpan={5} className="muted">No passes in the next {hours} h{stations.length === 0 ? ' (no ground stations: orbit.dashboard.ground-stations)' : ''}.</td></tr>}
        </tbody>
      </table>
    </section>
  );
}

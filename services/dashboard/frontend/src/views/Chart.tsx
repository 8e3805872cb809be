import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import type { Limits } from '../lib/api';
import { ColumnRing, largestGap } from '../lib/columns';

interface Props {
  title: string;
  unit?: string;
  limits?: Limits;
  ring: ColumnRing;
  version: number;
  range: [number, number];
  width: number;
  /** The column width: what the chart's data attributes are measured in. */
  columnMs: number;
  live: boolean;
  stale: boolean;
}

const CRITICAL = 'rgba(255, 77, 79, 0.16)';
const WARNING = 'rgba(250, 173, 20, 0.14)';

/** Draws the limit bands behind the data: warning and critical zones, as the mission database sets them. */
function limitBands(limits: Limits | undefined) {
  return (u: uPlot) => {
    if (!limits) return;
    const { ctx } = u;
    const { left, top, width, height } = u.bbox;
    const y = (v: number) => u.valToPos(v, 'y', true);
    const band = (from: number | undefined, to: number | undefined, colour: string) => {
      if (from === undefined && to === undefined) return;
      const a = from === undefined ? top + height : Math.min(top + height, Math.max(top, y(from)));
      const b = to === undefined ? top : Math.min(top + height, Math.max(top, y(to)));
      ctx.fillStyle = colour;
      ctx.fillRect(left, Math.min(a, b), width, Math.abs(a - b));
    };
    band(undefined, limits.criticalLow, CRITICAL);
    band(limits.criticalLow, limits.warningLow, WARNING);
    band(limits.warningHigh, limits.criticalHigh, WARNING);
    band(limits.criticalHigh, undefined, CRITICAL);
  };
}

export function Chart({ title, unit, limits, ring, version, range, width, columnMs, live, stale }: Props) {
  const el = useRef<HTMLDivElement>(null);
  const figure = useRef<HTMLElement>(null);
  const plot = useRef<uPlot | null>(null);
  // The x scale's range function reads the current range: a closure over the first one
  // would hold the axis where the chart was created (uPlot passes setScale through it).
  const shown = useRef(range);
  shown.current = range;

  useEffect(() => {
    const opts: uPlot.Options = {
      width,
      height: 180,
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      scales: {
        x: { time: true, auto: false, range: () => [shown.current[0] / 1000, shown.current[1] / 1000] },
        // The warning band stays in view: a value is read against its limits.
        y: {
          range: (_u, min, max) => {
            const lo = Math.min(min ?? Infinity, limits?.warningLow ?? Infinity);
            const hi = Math.max(max ?? -Infinity, limits?.warningHigh ?? -Infinity);
            if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
            const pad = Math.max((hi - lo) * 0.1, Math.abs(hi) * 0.001, 1e-6);
            return [lo - pad, hi + pad];
          },
        },
      },
      axes: [
        // UTC, as every other time on the page, one line a tick (uPlot's default adds a date
        // row in local time, whose labels overlapped on short windows).
        { stroke: '#9aa4b2', grid: { stroke: '#1f2633' }, ticks: { stroke: '#2a3242' },
          values: (_u: uPlot, splits: number[]) => splits.map((s) => utcClock(s)) },
        // The unit is in the caption beside the value: a y-axis label turned sideways read as ">".
        { stroke: '#9aa4b2', grid: { stroke: '#1f2633' }, ticks: { stroke: '#2a3242' }, size: 60 },
      ],
      series: [{}, { label: 'min', stroke: '#4fc3f7', width: 1 }, { label: 'max', stroke: '#4fc3f7', width: 1 }],
      bands: [{ series: [2, 1], fill: 'rgba(79, 195, 247, 0.25)' }],
      hooks: { drawClear: [limitBands(limits)] },
    };
    plot.current = new uPlot(opts, ring.toArrays() as uPlot.AlignedData, el.current!);
    return () => {
      plot.current?.destroy();
      plot.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [width, unit, limits]);

  useEffect(() => {
    const p = plot.current;
    if (!p) return;
    p.setData(ring.toArrays() as uPlot.AlignedData, false);
    p.setScale('x', { min: range[0] / 1000, max: range[1] / 1000 });
    // The range drawn, as uPlot holds it (epoch ms), for a reader and the browser tests.
    figure.current?.setAttribute('data-x-from', String(Math.round((p.scales.x.min ?? 0) * 1000)));
    figure.current?.setAttribute('data-x-to', String(Math.round((p.scales.x.max ?? 0) * 1000)));
  }, [version, range, ring]);

  const newest = ring.length ? ring.at(ring.length - 1) : null;
  // What the chart holds, for a reader (and the browser tests): the largest gap between
  // neighbouring columns, in columns, and, for a fixed range (drawn once, not 4 times a
  // second), every column as [t, min, max].
  const held = live ? undefined : JSON.stringify(ring.times().map((t, i) => [t, ring.at(i).min, ring.at(i).max]));
  return (
    <figure ref={figure} className="chart" data-parameter={title} data-points={ring.length} data-version={version} data-column-ms={columnMs}
      data-largest-gap={largestGap(ring, columnMs)} data-first={ring.length ? ring.at(0).t : ''} data-live-from={ring.liveFrom ?? ''} data-columns={held}>
      <figcaption>
        <span className="chart-title">{title}</span>
        <span className="chart-value">{newest ? `${newest.last.toPrecision(5)} ${unit ?? ''}` : '—'}</span>
        {stale && <span className="stale-marker" title="No data for a while">STALE</span>}
      </figcaption>
      <div ref={el} />
    </figure>
  );
}

/** HH:MM:SS in UTC of an epoch-seconds tick. */
function utcClock(seconds: number): string {
  return new Date(seconds * 1000).toISOString().substring(11, 19);
}

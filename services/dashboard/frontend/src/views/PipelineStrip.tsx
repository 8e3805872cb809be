import { useEffect, useState } from 'react';
import { formatUnit, formatValue, LABELS, NOTHING, Pipeline } from '../lib/pipeline';

const EVERY_MS = 2000;

/** The pipeline strip on every page: samples/s accepted, stored, archived, consumer lag, open alerts. */
export function PipelineStrip() {
  const [pipeline, setPipeline] = useState<Pipeline>(NOTHING);
  useEffect(() => {
    let stopped = false;
    const read = () => fetch('/api/v1/pipeline', { headers: { Accept: 'application/json' } })
      .then((r) => (r.ok ? r.json() : NOTHING), () => NOTHING)
      .then((p: Pipeline) => { if (!stopped) setPipeline(p); }, () => undefined);
    read();
    const h = setInterval(read, EVERY_MS);
    return () => { stopped = true; clearInterval(h); };
  }, []);
  return (
    <div className="pipeline" role="status" aria-label="Pipeline">
      {pipeline.figures.map((f) => (
        <span key={f.name} className={'figure' + (f.answered ? '' : ' silent') + (f.name === 'openAlerts' && (f.value ?? 0) > 0 ? ' alerting' : '')}
          data-figure={f.name} data-answered={String(f.answered)} data-value={f.value ?? ''}
          title={f.service ? `${f.service}${f.answered ? '' : ' (not answering)'}` : 'not known yet'}>
          <span className="figure-name">{LABELS[f.name] ?? f.name}</span>
          <span className="figure-value">{formatValue(f)}</span>
          <span className="figure-unit">{formatValue(f) === '—' ? '' : formatUnit(f)}</span>
        </span>
      ))}
    </div>
  );
}

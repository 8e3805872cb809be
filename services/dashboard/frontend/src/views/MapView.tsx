import { useEffect, useMemo, useState } from 'react';
import { geoCircle, geoEquirectangular, geoGraticule10, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import land110 from 'world-atlas/land-110m.json';
import { Contact, getJson } from '../lib/api';
import { LatLon, splitAtAntimeridian } from '../lib/antimeridian';
import { antisolarPoint } from '../lib/sun';
import { visibilityRadiusDeg } from '../lib/footprint';
import { colourOf, PassesPage, splitAtNow, TracksPage } from '../lib/flightDynamics';
import { plannerNote, usePlanner } from '../lib/usePlanner';
import { useStream } from '../lib/useStream';

const WIDTH = 1000;
const HEIGHT = 500;
const TRAIL_POINTS = 2000;
/** The altitude the visibility circles assume before any track is known, km. */
const DEFAULT_ALTITUDE_KM = 500;

export function MapView() {
  const [contacts, setContacts] = useState<Contact[]>([]);
  const [trails, setTrails] = useState<Record<string, LatLon[]>>({});
  const [now, setNow] = useState(() => Date.now());
  const tracks = usePlanner<TracksPage>('/api/v1/tracks', 30_000);
  const passes = usePlanner<PassesPage>('/api/v1/passes', 60_000);

  useEffect(() => {
    const load = () => getJson<{ items: Contact[] }>('/api/v1/fleet').then((f) => {
      setContacts(f.items);
      setTrails((old) => {
        const next = { ...old };
        for (const c of f.items) {
          if (c.latitude === undefined || c.longitude === undefined) continue;
          const t = next[c.spacecraftId] ?? [];
          const last = t[t.length - 1];
          if (!last || last.latitude !== c.latitude || last.longitude !== c.longitude) next[c.spacecraftId] = [...t, { latitude: c.latitude, longitude: c.longitude }].slice(-TRAIL_POINTS);
        }
        return next;
      });
    }, () => undefined);
    load();
    const h = setInterval(load, 2000);
    const clock = setInterval(() => setNow(Date.now()), 10_000);
    return () => { clearInterval(h); clearInterval(clock); };
  }, []);
  const status = useStream('/api/v1/stream?window=PT1M&width=10', {});

  const projection = useMemo(() => geoEquirectangular().fitSize([WIDTH, HEIGHT], { type: 'Sphere' }), []);
  const path = useMemo(() => geoPath(projection), [projection]);
  const land = useMemo(() => {
    const topology = land110 as unknown as Topology<{ land: GeometryCollection }>;
    return path(feature(topology, topology.objects.land)) ?? '';
  }, [path]);
  const graticule = useMemo(() => path(geoGraticule10()) ?? '', [path]);
  const line = (segment: [number, number][]) => segment.map((p, i) => {
    const [x, y] = projection(p)!;
    return `${i ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`;
  }).join('');

  const night = useMemo(() => {
    const dark = antisolarPoint(now);
    return path(geoCircle().center([dark.longitude, dark.latitude]).radius(90)()) ?? '';
  }, [now, path]);

  const trackItems = tracks && 'items' in tracks ? tracks.items : [];
  const stations = passes && 'stations' in passes ? passes.stations : [];
  const ids = [...new Set([...contacts.map((c) => c.spacecraftId), ...trackItems.map((t) => t.spacecraftId)])].sort();
  const altitudes = trackItems.map((t) => splitAtNow(t.points, now).next[0]?.altitude).filter((a): a is number => a !== undefined);
  const altitude = altitudes.length ? altitudes.reduce((a, b) => a + b, 0) / altitudes.length : DEFAULT_ALTITUDE_KM;
  const note = plannerNote(tracks?.status);
  const trackErrors = trackItems.filter((t) => t.error).map((t) => `${t.spacecraftId}: ${t.error}`);
  const withTrack = new Set(trackItems.filter((t) => t.points.length > 0).map((t) => t.spacecraftId));

  return (
    <section data-planner-state={tracks?.status.state ?? 'LOADING'}>
      <h1>Map <span className={`badge ${status}`}>{status}</span></h1>
      {note && <p className="note planner-note" role="status">{note}</p>}
      {trackErrors.length > 0 && <ul className="note track-errors">{trackErrors.map((e) => <li key={e}>{e}</li>)}</ul>}
      <svg className="map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label="Ground tracks, stations and the night">
        <path d={path({ type: 'Sphere' }) ?? ''} className="sphere" />
        <path d={graticule} className="graticule" />
        <path d={land} className="land" />
        <path d={night} className="night" data-antisolar={JSON.stringify(antisolarPoint(now))} />
        {stations.map((s) => (
          <path key={`circle-${s.name}`} className="station-circle" data-station={s.name}
            d={path(geoCircle().center([s.longitude, s.latitude]).radius(visibilityRadiusDeg(altitude, s.minElevation))()) ?? ''} />
        ))}
        {ids.filter((id) => !withTrack.has(id)).map((id) => splitAtAntimeridian(trails[id] ?? []).map((segment, i) => (
          <path key={`trail-${id}-${i}`} className="track trail" d={line(segment)} style={{ stroke: colourOf(ids, id) }} />
        )))}
        {trackItems.map((t) => {
          const { past, next } = splitAtNow(t.points, now);
          const pastSegments = splitAtAntimeridian(past);
          const nextSegments = splitAtAntimeridian(next);
          return [
            ...pastSegments.map((segment, i) => (
              <path key={`past-${t.spacecraftId}-${i}`} className="track past" data-spacecraft={t.spacecraftId} data-segment={i}
                d={line(segment)} style={{ stroke: colourOf(ids, t.spacecraftId) }} />
            )),
            ...nextSegments.map((segment, i) => (
              <path key={`next-${t.spacecraftId}-${i}`} className="track next" data-spacecraft={t.spacecraftId} data-segment={i}
                data-segments={nextSegments.length} data-from={next[0]?.time} data-job={t.jobId} d={line(segment)} style={{ stroke: colourOf(ids, t.spacecraftId) }} />
            )),
          ];
        })}
        {stations.map((s) => {
          const [x, y] = projection([s.longitude, s.latitude])!;
          return (
            <g key={`station-${s.name}`} className="station" data-station={s.name}>
              <rect x={x - 3.5} y={y - 3.5} width={7} height={7} />
              <text x={x > WIDTH - 90 ? x - 6 : x + 6} y={y - 5} textAnchor={x > WIDTH - 90 ? 'end' : 'start'}>{s.name}</text>
            </g>
          );
        })}
        {contacts.filter((c) => c.latitude !== undefined && c.longitude !== undefined).map((c) => {
          const [x, y] = projection([c.longitude!, c.latitude!])!;
          return (
            <g key={c.spacecraftId} className="craft" data-spacecraft={c.spacecraftId} data-lat={c.latitude} data-lon={c.longitude} data-time={c.lastFrameAt}>
              <circle cx={x} cy={y} r={5} style={{ fill: colourOf(ids, c.spacecraftId) }} />
              {/* Near the right edge the label goes to the left of the marker, inside the map. */}
              <text x={x > WIDTH - 70 ? x - 8 : x + 8} y={y + 4} textAnchor={x > WIDTH - 70 ? 'end' : 'start'}>{c.spacecraftId}</text>
            </g>
          );
        })}
      </svg>
      <p className="muted legend">
        <span className="key past-key" /> past orbit <span className="key next-key" /> next orbit (the worker's ground track)
        {' · '}<span className="key circle-key" /> station visibility above its mask at {Math.round(altitude)} km
        {' · '}<span className="key night-key" /> night · ● position as the spacecraft reports it (ORBIT.LATITUDE / ORBIT.LONGITUDE)
      </p>
    </section>
  );
}

import { useEffect, useMemo, useState } from 'react';
import { geoEquirectangular, geoGraticule10, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import land110 from 'world-atlas/land-110m.json';
import { Contact, getJson } from '../lib/api';
import { LatLon, splitAtAntimeridian } from '../lib/antimeridian';
import { useStream } from '../lib/useStream';

const WIDTH = 1000;
const HEIGHT = 500;
const TRACK_POINTS = 2000;

export function MapView() {
  const [contacts, setContacts] = useState<Contact[]>([]);
  const [tracks, setTracks] = useState<Record<string, LatLon[]>>({});

  useEffect(() => {
    const load = () => getJson<{ items: Contact[] }>('/api/v1/fleet').then((f) => {
      setContacts(f.items);
      setTracks((old) => {
        const next = { ...old };
        for (const c of f.items) {
          if (c.latitude === undefined || c.longitude === undefined) continue;
          const t = next[c.spacecraftId] ?? [];
          const last = t[t.length - 1];
          if (!last || last.latitude !== c.latitude || last.longitude !== c.longitude) next[c.spacecraftId] = [...t, { latitude: c.latitude, longitude: c.longitude }].slice(-TRACK_POINTS);
        }
        return next;
      });
    }, () => undefined);
    load();
    const h = setInterval(load, 2000);
    return () => clearInterval(h);
  }, []);
  const status = useStream('/api/v1/stream?window=PT1M&width=10', {});

  const projection = useMemo(() => geoEquirectangular().fitSize([WIDTH, HEIGHT], { type: 'Sphere' }), []);
  const path = useMemo(() => geoPath(projection), [projection]);
  const land = useMemo(() => {
    const topology = land110 as unknown as Topology<{ land: GeometryCollection }>;
    return path(feature(topology, topology.objects.land)) ?? '';
  }, [path]);
  const graticule = useMemo(() => path(geoGraticule10()) ?? '', [path]);

  return (
    <section>
      <h1>Map <span className={`badge ${status}`}>{status}</span></h1>
      <svg className="map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label="Ground tracks">
        <path d={path({ type: 'Sphere' }) ?? ''} className="sphere" />
        <path d={graticule} className="graticule" />
        <path d={land} className="land" />
        {Object.entries(tracks).map(([id, points]) => splitAtAntimeridian(points).map((segment, i) => (
          <path key={`${id}-${i}`} className="track" d={path({ type: 'LineString', coordinates: segment }) ?? ''} />
        )))}
        {contacts.filter((c) => c.latitude !== undefined && c.longitude !== undefined).map((c) => {
          const [x, y] = projection([c.longitude!, c.latitude!])!;
          return (
            <g key={c.spacecraftId} className="craft" data-spacecraft={c.spacecraftId} data-lat={c.latitude} data-lon={c.longitude}>
              <circle cx={x} cy={y} r={5} />
              <text x={x + 8} y={y + 4}>{c.spacecraftId}</text>
            </g>
          );
        })}
      </svg>
      <p className="muted">Positions as the spacecraft report them (ORBIT.LATITUDE / ORBIT.LONGITUDE); tracks drawn since this page opened, split at the antimeridian.</p>
    </section>
  );
}

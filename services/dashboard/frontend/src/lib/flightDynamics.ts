// The planner's ground tracks and passes (the dashboard's /api/v1/tracks and
// /api/v1/passes: the worker's jobs, refreshed by the back end) and the passes timeline's
// layout.

export interface PlannerStatus {
  /** UNREACHABLE: the page could not read the dashboard itself (not one of the planner's). */
  state: 'OFF' | 'WAITING' | 'READY' | 'WORKER_UNAVAILABLE' | 'REFUSED' | 'UNREACHABLE';
  detail: string;
  at: string;
}

export interface TrackPoint {
  time: string;
  latitude: number;
  longitude: number;
  altitude: number;
}

export interface Track {
  spacecraftId: string;
  computedAt?: string;
  jobId?: string;
  error?: string;
  points: TrackPoint[];
}

export interface GroundStation {
  name: string;
  latitude: number;
  longitude: number;
  altitude: number;
  minElevation: number;
}

export interface Pass {
  spacecraftId: string;
  station: string;
  aos: string;
  los: string;
  maxElevationTime: string;
  maxElevation: number;
  partial: boolean;
  jobId: string;
}

export interface TracksPage {
  status: PlannerStatus;
  items: Track[];
}

export interface PassesPage {
  status: PlannerStatus;
  stations: GroundStation[];
  items: Pass[];
  errors: string[];
}

/** A track's points before {@code now} (the past orbit) and from the last of them on (the next). */
export function splitAtNow(points: TrackPoint[], now: number): { past: TrackPoint[]; next: TrackPoint[] } {
  let i = 0;
  while (i < points.length && Date.parse(points[i].time) <= now) i++;
  return { past: points.slice(0, i), next: points.slice(Math.max(0, i - 1)) };
}

/** A pass's bar on a timeline of {@code width} pixels over [from, to); null when outside. */
export interface Bar {
  pass: Pass;
  x: number;
  width: number;
}

export function bars(passes: Pass[], station: string, from: number, to: number, width: number): Bar[] {
  const scale = width / (to - from);
  const out: Bar[] = [];
  for (const pass of passes) {
    if (pass.station !== station) continue;
    const aos = Math.max(Date.parse(pass.aos), from);
    const los = Math.min(Date.parse(pass.los), to);
    if (los <= aos) continue;
    out.push({ pass, x: (aos - from) * scale, width: Math.max(2, (los - aos) * scale) });
  }
  return out;
}

/** A colour per spacecraft, the same on every page (the order they are listed in). */
export const PALETTE = ['#4fc3f7', '#ffb74d', '#81c784', '#f06292', '#ba68c8', '#fff176', '#4db6ac', '#e57373'];

export function colourOf(spacecraft: string[], id: string): string {
  const i = spacecraft.indexOf(id);
  return PALETTE[(i < 0 ? 0 : i) % PALETTE.length];
}

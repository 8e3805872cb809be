import { useEffect, useState } from 'react';
import { getJson } from './api';
import type { PlannerStatus } from './flightDynamics';

/**
 * One of the planner's pages, read now and every {@code everyMs}; a request that fails
 * (the dashboard itself gone) becomes a status for the page to show, never an exception.
 */
export function usePlanner<T extends { status: PlannerStatus }>(path: string, everyMs: number): T | { status: PlannerStatus; failed: true } | null {
  const [page, setPage] = useState<T | { status: PlannerStatus; failed: true } | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => getJson<T>(path).then(
      (p) => { if (live) setPage(p); },
      // The last page stays: a request that failed (the dashboard restarting, a page
      // being left) says so without hiding what was drawn.
      (e: Error) => { if (live) setPage((old) => ({ ...(old ?? {}), status: { state: 'UNREACHABLE', detail: `The dashboard did not answer ${path}: ${e.message}`, at: new Date().toISOString() }, failed: true })); },
    );
    load();
    const h = setInterval(load, everyMs);
    return () => { live = false; clearInterval(h); };
  }, [path, everyMs]);
  return page;
}

/** A sentence for a planner that is not (yet) ready; null when it is. */
export function plannerNote(status: PlannerStatus | undefined): string | null {
  if (!status) return 'Asking the dashboard for the worker\'s ground tracks and passes…';
  switch (status.state) {
    case 'READY': return null;
    case 'WAITING': return `Waiting for the worker's first results: ${status.detail}`;
    case 'OFF': return status.detail;
    case 'REFUSED': return `The worker refuses the dashboard's planner: ${status.detail}`;
    case 'UNREACHABLE': return status.detail;
    default: return `The worker is unavailable, so ground tracks and passes are missing or old: ${status.detail}`;
  }
}

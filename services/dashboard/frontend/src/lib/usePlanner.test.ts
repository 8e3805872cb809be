import { describe, expect, it } from 'vitest';
import { plannerNote } from './usePlanner';

const status = (state: 'OFF' | 'WAITING' | 'READY' | 'WORKER_UNAVAILABLE' | 'REFUSED' | 'UNREACHABLE', detail = 'why') => ({ state, detail, at: '2026-12-06T10:00:00Z' });

describe('the note over the map and the passes', () => {
  it('is silent when the planner is ready', () => {
    expect(plannerNote(status('READY'))).toBeNull();
  });

  it('says what is wrong, with the planner\'s detail (the setting to fix)', () => {
    expect(plannerNote(status('WORKER_UNAVAILABLE', 'check ORBIT_WORKER_URL'))).toBe('The worker is unavailable, so ground tracks and passes are missing or old: check ORBIT_WORKER_URL');
    expect(plannerNote(status('REFUSED', 'ORBIT_DASHBOARD_PLANNER_CLIENT_SECRET'))).toContain('refuses');
    expect(plannerNote(status('OFF', 'orbit.dashboard.flight-dynamics.enabled=false'))).toBe('orbit.dashboard.flight-dynamics.enabled=false');
    expect(plannerNote(status('WAITING'))).toContain('Waiting');
  });

  it('tells a dashboard that did not answer from a worker that did not', () => {
    expect(plannerNote(status('UNREACHABLE', 'The dashboard did not answer /api/v1/tracks: 502'))).toBe('The dashboard did not answer /api/v1/tracks: 502');
    expect(plannerNote(undefined)).toContain('Asking');
  });
});

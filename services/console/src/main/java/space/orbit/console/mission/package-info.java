/**
 * The mission database views: missions, spacecraft (TLE epoch age, stale warning) and
 * parameters (units, warning and critical limits, one-sided allowed), read and changed
 * through the processor's API only.
 */
package space.orbit.console.mission;

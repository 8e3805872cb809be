/**
 * Flight dynamics on the dashboard (ADR 0018): a planner that asks the worker, as an
 * operator's machine client, for each spacecraft's ground track and its passes over the
 * ground stations, keeps the latest results in memory and serves them to the map and the
 * passes timeline.
 */
package space.orbit.dashboard.flightdynamics;

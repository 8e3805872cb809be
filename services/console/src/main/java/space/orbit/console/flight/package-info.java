/**
 * Flight dynamics over the worker's jobs API (ADR 0025): one form per job type (pass
 * prediction, ground track, conjunction screening, spectral analysis) checked before
 * sending, the job watched and cancelled in one panel, its result as tables and SVG.
 */
package space.orbit.console.flight;

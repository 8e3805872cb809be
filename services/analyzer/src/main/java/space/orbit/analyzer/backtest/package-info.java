/**
 * Backtests: a rule replayed over archived telemetry, read from the enricher with the
 * caller's token, through the live detectors; answers the alerts it would have raised and
 * writes nothing (ADR 0021).
 */
package space.orbit.analyzer.backtest;

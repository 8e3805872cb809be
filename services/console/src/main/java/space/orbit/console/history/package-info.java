/**
 * History: a spacecraft's parameters over a span from the enricher's archive, raw or
 * reduced by step, as a chart and a table (raw and calibrated side by side, two
 * parameters on one time axis), and the CSV export relayed from the enricher to the
 * browser as it streams, with progress and cancel.
 */
package space.orbit.console.history;

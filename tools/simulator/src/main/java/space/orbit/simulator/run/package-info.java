/**
 * Running a simulation in real time: the generator paces ticks against the wall clock,
 * sender threads post batches to ingest, and the report (also at
 * {@code GET /api/v1/simulation}) says what was sent, accepted and expected.
 */
package space.orbit.simulator.run;

/**
 * The {@code orbit.telemetry.v2} record (ADR 0030, docs/telemetry-v2.md): the frames of
 * one spacecraft from one batch as columns, one per parameter, so that consumers decode
 * primitive arrays instead of a boxed map per frame.
 * {@link space.orbit.telemetry.columnar.ColumnarRecord} writes and reads it,
 * {@link space.orbit.telemetry.columnar.TelemetryColumns} is what a reader gets,
 * {@link space.orbit.telemetry.columnar.SegmentCut} splits a spacecraft's frames into
 * records of bounded size, and a
 * {@link space.orbit.telemetry.columnar.ColumnarBatchBuilder} lets a parser write a
 * batch's samples straight into columns. The encoding is deterministic: the same frames
 * give the same bytes, whatever their order.
 */
package space.orbit.telemetry.columnar;

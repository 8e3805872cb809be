/**
 * The benchmark harness behind {@code ./orbit bench}: drives the running stack with the
 * simulator at increasing rates, measures accepted, stored and published samples per
 * second, ingest-to-stored latency, CPU and memory of every process, and zero-loss
 * accounting; and, in the same run, this machine's own limits with comparable message
 * sizes, so Orbit's figures read as ratios of them. {@code ./orbit bench --dashboard}
 * ({@link space.orbit.bench.DashboardBench}) measures the dashboard under load: stream
 * clients, a stalled one among them, beside the pipeline, and a page of live charts in
 * headless Chromium.
 */
package space.orbit.bench;

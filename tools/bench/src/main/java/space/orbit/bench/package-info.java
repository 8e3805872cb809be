/**
 * The benchmark harness behind {@code ./orbit bench}: drives the running stack with the
 * simulator at increasing rates, measures accepted, stored and published samples per
 * second, ingest-to-stored latency, CPU and memory of every process, and zero-loss
 * accounting; and, in the same run, this machine's own limits with comparable message
 * sizes, so Orbit's figures read as ratios of them.
 */
package space.orbit.bench;

/**
 * What every computation shares with the job machinery: progress reporting, the signal to
 * stop, and the failure that retrying cannot fix. No Spring, no I/O.
 */
package space.orbit.worker.compute;

package space.orbit.worker.compute;

/**
 * How a computation reports how far it got, from 0 to 1. Reporting is also where a
 * computation learns that it must stop: an implementation may throw
 * {@link JobStoppedException} (the job was cancelled or ran out of time).
 */
@FunctionalInterface
public interface Progress {

	/** Reports nothing and never stops a computation. */
	Progress NONE = (fraction) -> {
	};

	void report(double fraction);

}

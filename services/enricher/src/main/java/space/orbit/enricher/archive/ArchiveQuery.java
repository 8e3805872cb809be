package space.orbit.enricher.archive;

/**
 * A validated archive query; times in epoch microseconds.
 *
 * @param spacecraftId the spacecraft
 * @param parameter the parameter
 * @param fromMicros inclusive
 * @param toMicros exclusive
 * @param stepMicros the step, or 0 for raw samples
 * @param maxSamples raw mode: the most samples answered
 */
record ArchiveQuery(String spacecraftId, String parameter, long fromMicros, long toMicros, long stepMicros,
		int maxSamples) {

	boolean raw() {
		return this.stepMicros == 0;
	}

}

package space.orbit.enricher.archive;

/**
 * A validated archive query: one parameter of one spacecraft over {@code [from, to)}, in
 * epoch microseconds.
 *
 * @param spacecraftId the spacecraft
 * @param parameter the parameter
 * @param fromMicros inclusive
 * @param toMicros exclusive
 */
record ArchiveQuery(String spacecraftId, String parameter, long fromMicros, long toMicros) {

	boolean contains(long micros) {
		return micros >= this.fromMicros && micros < this.toMicros;
	}

}

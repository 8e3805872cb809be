package space.orbit.dashboard.stream;

/**
 * One parameter of one spacecraft.
 *
 * @param spacecraftId the spacecraft
 * @param parameter the parameter
 */
record Series(String spacecraftId, String parameter) {
}

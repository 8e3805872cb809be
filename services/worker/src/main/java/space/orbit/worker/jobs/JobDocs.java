package space.orbit.worker.jobs;

/** Texts and request examples of the worker's OpenAPI document. */
final class JobDocs {

	static final String SUBMIT = "Answers 202 with the job (QUEUED) and its Location. The field 'type' selects "
			+ "the job: PASS_PREDICTION, GROUND_TRACK, CONJUNCTION_SCREENING or SPECTRAL_ANALYSIS. A spacecraft is "
			+ "given by its TLE or by its id in the mission database (its TLE is looked up now and stored with the job).";

	static final String INVALID = "The job cannot run as given; 'errors' says where and why: an unknown 'type' (at "
			+ "/type, listing the accepted ones), an unknown spacecraft (reason unknown_spacecraft), a time span "
			+ "beyond the limits, a TLE that does not parse...";

	static final String UNAVAILABLE = "The job queue, the database or the mission database is unavailable; "
			+ "nothing was queued: retry after Retry-After";

	private static final String TLE = "{\"line1\":\"1 99002U 26042B   26325.00000000  .00000000  00000-0  40000-4 0  "
			+ "9990\",\"line2\":\"2 99002  97.4500 213.9427 0011000  90.0000  72.0000 15.15322385    11\"}";

	static final String PASS_PREDICTION = "{\"type\":\"PASS_PREDICTION\",\"priority\":5,\"tle\":" + TLE
			+ ",\"start\":\"2026-11-21T00:00:00Z\",\"end\":\"2026-11-22T00:00:00Z\",\"stations\":[{\"name\":"
			+ "\"KIRUNA\",\"latitude\":67.86,\"longitude\":20.96,\"altitude\":390,\"minElevation\":5}]}";

	static final String GROUND_TRACK = "{\"type\":\"GROUND_TRACK\",\"tle\":" + TLE
			+ ",\"start\":\"2026-11-21T00:00:00Z\",\"end\":\"2026-11-21T01:30:00Z\",\"stepSeconds\":60}";

	static final String CONJUNCTION_SCREENING = "{\"type\":\"CONJUNCTION_SCREENING\",\"objects\":[{\"id\":\"ORB-2\","
			+ "\"tle\":" + TLE + "},{\"id\":\"DEBRIS-1\",\"tle\":{\"line1\":\"1 99003U 26042C   26325.00000000  "
			+ ".00000000  00000-0  40000-4 0  9991\",\"line2\":\"2 99003  97.4600 213.9427 0011000  90.0000  72.1000 "
			+ "15.15322385    14\"}}],\"start\":\"2026-11-21T00:00:00Z\",\"end\":\"2026-11-22T00:00:00Z\","
			+ "\"thresholdKm\":10}";

	static final String SPECTRAL_ANALYSIS = "{\"type\":\"SPECTRAL_ANALYSIS\",\"spacecraftId\":\"ORB-2\","
			+ "\"parameter\":\"EPS.BATTERY.VOLTAGE\",\"from\":\"2026-11-21T00:00:00Z\",\"to\":\"2026-11-22T00:00:00Z\","
			+ "\"peaks\":2}";

	private JobDocs() {
	}

}

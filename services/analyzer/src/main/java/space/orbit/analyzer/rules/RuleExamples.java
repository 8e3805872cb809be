package space.orbit.analyzer.rules;

/**
 * The examples of the rules API's document: what it shows, and what its integration test
 * sends (the service must accept them).
 */
final class RuleExamples {

	static final String ID = "prop-tank-pressure";

	static final String PUT = """
			{"parameter": "PROP.TANK.PRESSURE", "spacecraftId": "ORB-1", "latching": true,
			 "description": "Tank pressure of ORB-1: limits, and silence after 10 s",
			 "limits": {"warningHigh": 25.0, "criticalHigh": 28.0, "hysteresis": 0.5},
			 "staleness": {"timeout": "PT10S", "severity": "WARNING"}}""";

	private RuleExamples() {
	}

}

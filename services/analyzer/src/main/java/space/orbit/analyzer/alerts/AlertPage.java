package space.orbit.analyzer.alerts;

import java.util.List;

/**
 * One page of alerts, newest first.
 *
 * @param alerts the alerts
 * @param count how many on this page
 * @param next the {@code after} of the next page, or null when this is the last
 */
record AlertPage(List<AlertView> alerts, int count, String next) {
}

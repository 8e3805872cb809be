/**
 * Fault injection for crash tests: named halt points, armed by configuration only.
 */
package space.orbit.kit.faults;
